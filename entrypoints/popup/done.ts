/**
 * Done: always records. A new invitation becomes `sent` with the channel of the
 * last hand-over while the draft is still what was handed over, else `other`
 * (typed by hand, say), in the draft record the hand-over saved when there is
 * one (lib/db, one transaction with the customer). A reminder becomes a dated
 * follow-up event on the invitation it follows up. Then the form is cleared for
 * the next customer. Loaded on first use: IndexedDB code is not needed for the
 * first paint.
 */
import { browser } from 'wxt/browser';
import { recordFollowUp, recordSentInvitation } from '../../lib/db';
import { isInvitationForm, recordInputFor, reusedDraftId } from '../../lib/form/record';
import { t } from '../../lib/i18n';
import { clearUnfinishedDraft } from '../../lib/storage';
import { fieldId } from './actions';
import { clearForm, type Ready } from './ready';
import type { AppState } from './state';

async function record(state: AppState, ready: Ready): Promise<string | undefined> {
  const channel = state.handoverChannel.value ?? 'other';
  const { form } = ready;
  const name = form.customerName.trim();
  if (!isInvitationForm(form)) {
    const r = await recordFollowUp(form.openInvitationId ?? '', { channel });
    if (r.ok) return t('popup_reminderRecorded', name);
    state.notice.value = { kind: 'error', text: t('popup_doneFailed', r.error.message) };
    return undefined;
  }
  const draftId = reusedDraftId(state.handedOver.value, form);
  const result = await recordSentInvitation({
    ...recordInputFor({ ...ready, form, channel }),
    ...(draftId ? { draftId } : {}),
  });
  if (!result.ok) {
    state.notice.value = { kind: 'error', text: t('popup_doneFailed', result.error.message) };
    return undefined;
  }
  const { created, customer } = result.value;
  return t(created ? 'popup_recordedNew' : 'popup_recorded', customer.name);
}

export async function recordDone(state: AppState, ready: Ready): Promise<boolean> {
  const text = await record(state, ready);
  if (!text) return false;
  // Recorded once: the same invitation typed again is a hand-over of its own.
  state.handedOver.value = undefined;
  clearForm(state);
  await clearUnfinishedDraft().catch(() => undefined);
  state.notice.value = { kind: 'ok', text };
  document.getElementById(fieldId('customerName'))?.focus();
  // The badge counts waiting invitations; no listener yet is not an error.
  Promise.resolve()
    .then(() => browser.runtime.sendMessage({ type: 'refresh-reminders' }))
    .catch(() => undefined);
  return true;
}
