/**
 * The record keeps itself (docs/ARCHITECTURE.md, "Data"): a hand-over saves the
 * invitation at once as a `draft` with its channel (lib/db recordHandover); the
 * popup, reopened, shows it first with Mark as sent and Discard; a draft the
 * compose window's Send made `sent` (lib/db markSent, from the background) is
 * shown as sent. A reminder is recorded only when sent, as a follow-up event
 * on the invitation it follows up (lib/db recordFollowUp).
 * Loaded on the first hand-over or when a stored one must be checked.
 */
import { browser } from 'wxt/browser';
import {
  discardHandover,
  getInvitation,
  markSent,
  recordFollowUp,
  recordHandover,
  recordSentInvitation,
} from '../../lib/db';
import { sameSnapshot, snapshotOf } from '../../lib/form/handed-over';
import { isInvitationForm, recordInputFor, reusedDraftId } from '../../lib/form/record';
import { t } from '../../lib/i18n';
import type { Channel, HandedOver } from '../../lib/schema';
import { clearUnfinishedDraft } from '../../lib/storage';
import { fieldId } from './actions';
import { clearForm, type Ready } from './ready';
import type { AppState } from './state';

const nameOf = (h: HandedOver) => h.snapshot.form.customerName.trim();

/**
 * A hand-over went through with `ready`: Done records it from now on (while the
 * draft stays as handed over), and a new invitation is saved as a `draft` at
 * once, into the record of an earlier hand-over to the same customer.
 */
export async function handedOverWith(state: AppState, channel: Channel, ready: Ready) {
  const before = state.handedOver.value;
  const snapshot = snapshotOf(ready);
  const at = Date.now();
  const { form } = ready;
  const draftId = reusedDraftId(before, form);
  const reuse = draftId ? { invitationId: draftId } : {};
  state.handedOver.value = { channel, snapshot, at, ...reuse };
  if (!isInvitationForm(form)) return; // a reminder is recorded when it is sent
  const input = recordInputFor({ ...ready, form, channel, at });
  const saved = await recordHandover({
    ...input,
    ...(draftId ? { draftId } : {}),
  });
  if (!saved.ok) {
    state.notice.value = { kind: 'error', text: t('popup_handoverNotSaved', saved.error.message) };
    return;
  }
  // The popup may have moved on (another hand-over) while this was written.
  if (state.handedOver.value?.at === at) {
    state.handedOver.value = { ...state.handedOver.value, invitationId: saved.value.invitation.id };
  }
}

/** The hand-over is settled: the form is cleared when it is still that draft. */
function settled(state: AppState, h: HandedOver, text: string): void {
  state.handedOver.value = undefined;
  const current = state.currentDraft.value;
  if (current && sameSnapshot(current, h.snapshot)) {
    clearForm(state);
    void clearUnfinishedDraft().catch(() => undefined);
  }
  state.notice.value = { kind: 'ok', text };
  document.getElementById(fieldId('customerName'))?.focus();
  // The badge counts waiting invitations; no listener yet is not an error.
  Promise.resolve()
    .then(() => browser.runtime.sendMessage({ type: 'refresh-reminders' }))
    .catch(() => undefined);
}

/** Mark as sent: the reminder's event, or the draft record (written now if it never was). */
export async function markPendingSent(state: AppState, h: HandedOver): Promise<void> {
  const { form } = h.snapshot;
  if (!isInvitationForm(form)) {
    const r = await recordFollowUp(form.openInvitationId ?? '', { channel: h.channel });
    if (!r.ok) throw new Error(r.error.message);
    return settled(state, h, t('popup_reminderRecorded', nameOf(h)));
  }
  const marked = h.invitationId ? await markSent(h.invitationId, h.channel) : undefined;
  if (!marked?.ok) {
    // Never saved (the popup closed first), or removed since: record it as sent now.
    const input = recordInputFor({ ...h.snapshot, form, channel: h.channel });
    const r = await recordSentInvitation(input);
    if (!r.ok) throw new Error(r.error.message);
  }
  settled(state, h, t('popup_markedSent', nameOf(h)));
}

/** Discard: the draft record goes (with a customer it alone created); a sent one stays. */
export async function discardPending(state: AppState, h: HandedOver): Promise<void> {
  if (h.invitationId) {
    const r = await discardHandover(h.invitationId);
    if (!r.ok && r.error.code === 'invalid-transition') {
      return settled(state, h, t('popup_sentMeanwhile', nameOf(h)));
    }
    if (!r.ok) throw new Error(r.error.message);
  }
  settled(state, h, t('popup_handoverDiscarded', nameOf(h)));
}

/**
 * Reads back the stored hand-over's record before showing it as pending: the
 * compose window's Send may have made it `sent` meanwhile (or the options page
 * removed it), and then there is nothing left to ask.
 */
export async function checkPending(state: AppState): Promise<void> {
  await state.loaded;
  const h = state.handedOver.value;
  try {
    if (!h?.invitationId) return;
    const stored = await getInvitation(h.invitationId);
    if (stored.ok && stored.value.status === 'draft') return;
    if (state.handedOver.value !== h) return; // a new hand-over came first
    const gone = stored.ok
      ? stored.value.status === 'cancelled'
      : stored.error.code === 'not-found';
    if (gone) state.handedOver.value = undefined;
    else if (stored.ok) settled(state, h, t('popup_sentMeanwhile', nameOf(h)));
  } finally {
    state.pendingChecked.value = true;
  }
}
