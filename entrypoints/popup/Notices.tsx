/**
 * What the popup shows first when it opens on earlier work: a hand-over still
 * waiting to be confirmed ("Inserted into Gmail for Bakkerij · 2 minutes ago",
 * Mark as sent / Discard), or the unfinished draft it continues ("Continuing
 * the draft for Bakkerij — Start new"). Both are derived (state.pending,
 * state.continuing); their actions are in handover.ts. Loaded once one shows.
 */
import { useEffect, useRef } from 'preact/hooks';
import { ageInWords } from '../../lib/form/age';
import { t } from '../../lib/i18n';
import { fieldId } from './actions';
import { discard, settlePending } from './handover';
import { useAppState } from './state';

function PendingNotice() {
  const state = useAppState();
  const h = state.pending.value;
  const mark = useRef<HTMLButtonElement>(null);
  const shown = h !== undefined;
  useEffect(() => {
    // Shown first, so it takes the focus, unless the partner is already typing elsewhere.
    const active = document.activeElement;
    if (shown && (active === document.body || active?.id === fieldId('customerName'))) {
      mark.current?.focus();
    }
  }, [shown]);
  if (!h) return null;
  const { form } = h.snapshot;
  const what = [
    t(`popup_pending_${h.channel.replace('-', '_')}`, form.customerName.trim()),
    form.purpose === 'reminder' ? ` ${t('popup_pendingReminder')}` : '',
    h.at ? ` · ${ageInWords(h.at, Date.now(), state.uiLanguage)}` : '',
  ].join('');
  return (
    <section class="notice pending" aria-labelledby="pending-what">
      <p>
        <strong id="pending-what">{what}</strong>
      </p>
      <p id="pending-ask" class="hint">
        {t('popup_pendingAsk')}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          ref={mark}
          aria-describedby="pending-what pending-ask"
          onClick={() => void settlePending(state, 'sent')}
        >
          {t('popup_markSent')}
        </button>
        <button
          type="button"
          aria-describedby="pending-what"
          onClick={() => void settlePending(state, 'discard')}
        >
          {t('popup_discardHandover')}
        </button>
      </div>
    </section>
  );
}

function ContinuingNotice() {
  const state = useAppState();
  const continuing = state.continuing.value;
  if (!continuing) return null;
  return (
    <p class="notice continuing">
      <span>
        {continuing.name ? t('popup_continuing', continuing.name) : t('popup_continuingUnnamed')}
      </span>
      {' — '}
      <button type="button" class="link" onClick={() => discard(state)}>
        {t('popup_startNew')}
      </button>
    </p>
  );
}

/** Both notices, a chunk of their own (views.ts): the first paint has neither. */
export default function Notices() {
  return (
    <>
      <PendingNotice />
      <ContinuingNotice />
    </>
  );
}
