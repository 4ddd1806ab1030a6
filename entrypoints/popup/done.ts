/**
 * Done: records the customer and the invitation as sent, in one transaction
 * (lib/db), confirms it in words and clears the form for the next customer.
 * Loaded on first use: IndexedDB code is not needed for the first paint.
 */
import { browser } from 'wxt/browser';
import { recordSentInvitation } from '../../lib/db';
import { isInvitationForm, recordInputFor } from '../../lib/form/record';
import { t } from '../../lib/i18n';
import { clearUnfinishedDraft } from '../../lib/storage';
import { clearForm, fieldId, type Ready } from './actions';
import type { AppState } from './state';

export async function recordDone(state: AppState, ready: Ready): Promise<boolean> {
  // The last hand-over's channel, only while the draft is still what was handed over.
  const channel = state.handoverChannel.value;
  if (!channel || !isInvitationForm(ready.form)) {
    state.notice.value = { kind: 'error', text: t('popup_doneNeedsHandover') };
    return false;
  }
  const result = await recordSentInvitation(
    recordInputFor({
      form: ready.form,
      link: ready.link,
      subject: ready.subject,
      message: ready.message,
      channel,
    }),
  );
  if (!result.ok) {
    state.notice.value = { kind: 'error', text: t('popup_doneFailed', result.error.message) };
    return false;
  }
  // Recorded once: the same invitation typed again needs a hand-over of its own.
  state.handedOver.value = undefined;
  clearForm(state);
  await clearUnfinishedDraft().catch(() => undefined);
  state.notice.value = {
    kind: 'ok',
    text: t(
      result.value.created ? 'popup_recordedNew' : 'popup_recorded',
      result.value.customer.name,
    ),
  };
  document.getElementById(fieldId('customerName'))?.focus();
  // The badge counts waiting invitations; no listener yet is not an error.
  Promise.resolve()
    .then(() => browser.runtime.sendMessage({ type: 'refresh-reminders' }))
    .catch(() => undefined);
  return true;
}
