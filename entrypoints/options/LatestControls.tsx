/**
 * The details dialog's bar for the customer's latest invitation: its status as
 * text with the `Status` menu (the allowed changes, with undo), when it was last
 * chased, and `Send a reminder` (reminders.ts) while it waits for an answer.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Customer, Invitation, InvitationStatus } from '../../lib/schema';
import { useBusy } from './busy';
import { channelLabel, formatDate } from './format';
import { type ReminderOutcome, sendReminder } from './reminders';
import { StatusMenu } from './StatusMenu';
import { useAppState } from './state';
import { setStatus } from './status-actions';

function outcomeText(outcome: ReminderOutcome | undefined): string {
  if (!outcome) return '';
  if (outcome.kind === 'failed') return outcome.text;
  if (outcome.kind === 'popup') return t('options_reminderInPopup');
  return outcome.bodyIncluded
    ? t('options_reminderInCompose', channelLabel(outcome.site))
    : t('options_reminderInComposeCopied', channelLabel(outcome.site));
}

export function LatestControls({
  customer,
  invitation,
  previous,
}: {
  customer: Customer;
  invitation: Invitation;
  previous: InvitationStatus | undefined;
}) {
  const state = useAppState();
  const [busy, run] = useBusy();
  const [outcome, setOutcome] = useState<ReminderOutcome>();
  const reminders = invitation.followUps ?? [];
  const last = reminders.at(-1);
  const waiting = invitation.status === 'sent';
  return (
    <section class="latest" aria-labelledby="latest-heading">
      <h3 id="latest-heading">{t('options_latestInvitation')}</h3>
      <div class="latest-bar">
        <StatusMenu
          latest={{ status: invitation.status, ...(previous ? { previousStatus: previous } : {}) }}
          onChoose={(status) =>
            void setStatus(
              state,
              {
                customerId: customer.id,
                customerName: customer.name,
                invitationId: invitation.id,
                from: invitation.status,
              },
              status,
            )
          }
        />
        <button
          type="button"
          class="primary"
          disabled={!waiting || busy}
          aria-describedby="reminder-hint"
          onClick={() =>
            run(async () => {
              setOutcome(undefined);
              setOutcome(await sendReminder(state, customer.id));
            })
          }
        >
          {t('options_sendReminder')}
        </button>
      </div>
      <p id="reminder-hint" class="hint">
        {waiting
          ? last
            ? t('options_lastReminder', formatDate(last.at), String(reminders.length))
            : t('options_noReminderYet')
          : t('options_reminderOnlyWaiting')}
      </p>
      <p
        role="status"
        class={`status ${outcome ? (outcome.kind === 'failed' ? 'status-error' : 'status-ok') : ''}`}
      >
        {outcomeText(outcome)}
      </p>
    </section>
  );
}
