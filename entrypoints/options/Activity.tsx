/**
 * A customer's activity in the details dialog: a note box (each save is a dated
 * entry signed with the profile's name) above one timeline, newest first, of
 * notes, every invitation's status changes and every reminder sent
 * (lib/list/activity). Undated notes from older records come last, as they were.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { type ActivityEntry, activityOf } from '../../lib/list';
import type { Customer, Invitation } from '../../lib/schema';
import { saveNote } from './actions';
import { SaveStatus } from './Controls';
import { channelLabel, formatDateTime, purposeLabel, statusLabel } from './format';
import type { SaveOutcome } from './settings-save';
import { useAppState } from './state';

function NoteForm({ customer }: { customer: Customer }) {
  const state = useAppState();
  const [text, setText] = useState('');
  const [result, setResult] = useState<SaveOutcome>();
  return (
    <form
      class="notes"
      onSubmit={(e) => {
        e.preventDefault();
        void saveNote(state, customer, text).then((outcome) => {
          setResult(outcome);
          if (outcome.ok) setText('');
        });
      }}
    >
      <div class="field">
        <label for="customer-notes">{t('options_notes')}</label>
        <textarea
          id="customer-notes"
          rows={3}
          dir="auto"
          value={text}
          maxLength={20000}
          aria-describedby="customer-notes-hint"
          onInput={(e) => {
            setText(e.currentTarget.value);
            setResult(undefined);
          }}
        />
        <p id="customer-notes-hint" class="hint">
          {t('options_notesHint')}
        </p>
      </div>
      <button type="submit">{t('options_saveNotes')}</button>
      <SaveStatus outcome={result} />
    </form>
  );
}

function When({ at }: { at: number }) {
  return <time dateTime={new Date(at).toISOString()}>{formatDateTime(at)}</time>;
}

function Entry({ entry }: { entry: ActivityEntry }) {
  switch (entry.kind) {
    case 'note':
      return (
        <li class="entry entry-note">
          <When at={entry.at} />
          <span class="entry-what">
            {entry.author ? t('options_noteBy', entry.author) : t('options_noteAnonymous')}
          </span>
          <p class="entry-text">{entry.text}</p>
        </li>
      );
    case 'status':
      return (
        <li class="entry entry-status">
          <When at={entry.at} />
          <span class="entry-what">
            {t('options_activityStatus', purposeLabel(entry.purpose), statusLabel(entry.status))}
            {entry.note ? ` (${entry.note})` : ''}
          </span>
        </li>
      );
    case 'reminder':
      return (
        <li class="entry entry-reminder">
          <When at={entry.at} />
          <span class="entry-what">
            {entry.channel
              ? t('options_activityReminderVia', channelLabel(entry.channel))
              : t('options_activityReminder')}
          </span>
        </li>
      );
    case 'undated-notes':
      return (
        <li class="entry entry-note">
          <span class="entry-what">{t('options_undatedNotes')}</span>
          <p class="entry-text">{entry.text}</p>
        </li>
      );
  }
}

export function Activity({
  customer,
  invitations,
}: {
  customer: Customer;
  invitations: Invitation[];
}) {
  const entries = activityOf(customer, invitations);
  return (
    <section class="activity" aria-labelledby="activity-heading">
      <h3 id="activity-heading">{t('options_activity')}</h3>
      <NoteForm customer={customer} />
      {entries.length === 0 ? (
        <p class="hint">{t('options_activityEmpty')}</p>
      ) : (
        <ol class="timeline" aria-labelledby="activity-heading">
          {entries.map((entry, i) => (
            <Entry key={i} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
