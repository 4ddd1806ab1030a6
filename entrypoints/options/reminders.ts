/**
 * `Send a reminder`: a reminder e-mail for a customer's open invitation, handed
 * over, and once handed over logged as a dated follow-up event on that invitation
 * (lib/db `recordFollowUp`) — never a second invitation (docs/ARCHITECTURE.md,
 * "Data"). Where the browser lets an extension page open the toolbar popup
 * (`action.openPopup`), the reminder becomes the popup's unfinished draft, marked
 * as a reminder, and the popup's hand-over logs it; otherwise, or when the popup
 * holds another customer's unfinished work, it goes straight into a prefilled
 * compose window in the partner's webmail, logged here.
 */
import { browser } from 'wxt/browser';
import { recordFollowUp, removeFollowUp } from '../../lib/db';
import { fitComposeUrl } from '../../lib/handover';
import { t } from '../../lib/i18n';
import { type ReminderEmail, reminderFor } from '../../lib/list';
import type { Invitation, UnfinishedDraft, Webmail } from '../../lib/schema';
import { clearUnfinishedDraft, loadUnfinishedDraft, saveUnfinishedDraft } from '../../lib/storage';
import { readCustomerInFull } from './actions';
import { channelLabel } from './format';
import { refreshBadge } from './load';
import { type AppState, showToast } from './state';

/** Bulk reminders open one compose window each: more at once would bury the partner in tabs. */
export const MAX_BULK_REMINDERS = 10;

export type ReminderOutcome =
  | { kind: 'popup' }
  | { kind: 'compose'; site: Webmail; bodyIncluded: boolean }
  | { kind: 'failed'; text: string };

interface Prepared {
  customerName: string;
  invitation: Invitation;
  email: ReminderEmail;
  draft: UnfinishedDraft;
}

async function prepare(state: AppState, customerId: string): Promise<Prepared | { text: string }> {
  const profile = state.profile.value;
  if (!profile) return { text: t('options_reminderNoProfile') };
  const read = await readCustomerInFull(customerId);
  if ('error' in read) return { text: read.error };
  const open = read.invitations[0];
  if (open?.status !== 'sent')
    return { text: t('options_reminderNothingOpen', read.customer.name) };
  const reminder = reminderFor(
    read.customer,
    open,
    profile,
    Date.now(),
    state.settings.value.templates,
  );
  if (!reminder.ok) return { text: reminder.error.message };
  const { draft, email } = reminder.value;
  return { customerName: read.customer.name, invitation: open, email, draft };
}

/** Whether the popup's unfinished draft is someone else's work, which a reminder must not replace. */
function holdsOtherWork(existing: UnfinishedDraft | undefined, customerId: string): boolean {
  if (!existing || existing.form.purpose === 'reminder') return false;
  return existing.form.customerName.trim() !== '' && existing.form.customerId !== customerId;
}

/** The reminder as the popup's draft, and the popup opened on it; false when the browser would not. */
async function intoPopup(prepared: Prepared, customerId: string): Promise<boolean> {
  if (typeof browser.action?.openPopup !== 'function') return false;
  const existing = await loadUnfinishedDraft();
  if (holdsOtherWork(existing, customerId)) return false;
  await saveUnfinishedDraft(prepared.draft);
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    // No focused window, or not allowed here: put back what the popup held.
    if (existing) await saveUnfinishedDraft(existing);
    else await clearUnfinishedDraft();
    return false;
  }
}

/** A prefilled compose in the partner's webmail, then the follow-up logged; its time, for the undo. */
async function intoCompose(
  state: AppState,
  prepared: Prepared,
): Promise<{ site: Webmail; bodyIncluded: boolean; at: number } | { text: string }> {
  const site = state.settings.value.preferredWebmail;
  const { email } = prepared;
  const { url, bodyIncluded } = fitComposeUrl(site, {
    to: email.to,
    subject: email.subject,
    body: email.text,
  });
  await browser.tabs.create({ url });
  if (!bodyIncluded) await navigator.clipboard.writeText(email.text).catch(() => undefined);
  const at = Date.now();
  const logged = await recordFollowUp(prepared.invitation.id, { channel: site, at });
  if (!logged.ok) return { text: t('options_reminderNotLogged', logged.error.message) };
  return { site, bodyIncluded, at };
}

export async function sendReminder(state: AppState, customerId: string): Promise<ReminderOutcome> {
  const prepared = await prepare(state, customerId);
  if ('text' in prepared) return { kind: 'failed', text: prepared.text };
  if (await intoPopup(prepared, customerId)) return { kind: 'popup' };
  const opened = await intoCompose(state, prepared);
  if ('text' in opened) return { kind: 'failed', text: opened.text };
  refreshBadge();
  const { invitation, customerName } = prepared;
  showToast(state, {
    kind: 'ok',
    text: t('options_reminderLogged', customerName, channelLabel(opened.site)),
    undo: async () => {
      const undone = await removeFollowUp(invitation.id, opened.at);
      showToast(
        state,
        undone.ok
          ? { kind: 'ok', text: t('options_reminderUnlogged', customerName) }
          : { kind: 'error', text: t('options_reminderNotLogged', undone.error.message) },
      );
      refreshBadge();
    },
  });
  return { kind: 'compose', site: opened.site, bodyIncluded: opened.bodyIncluded };
}

/** Bulk: a prefilled compose for each selected customer whose latest invitation waits, each logged. */
export async function sendRemindersToSelection(state: AppState): Promise<void> {
  const logged: { invitationId: string; at: number }[] = [];
  let skipped = 0;
  const failures: string[] = [];
  for (const id of state.selection.value) {
    const row = state.rows.value.find((r) => r.id === id);
    if (row?.latest?.status !== 'sent' || logged.length >= MAX_BULK_REMINDERS) {
      skipped++;
      continue;
    }
    const prepared = await prepare(state, id);
    const opened = 'text' in prepared ? prepared : await intoCompose(state, prepared);
    if ('text' in opened) failures.push(`${row.customer.name}: ${opened.text}`);
    else if (!('text' in prepared))
      logged.push({ invitationId: prepared.invitation.id, at: opened.at });
  }
  refreshBadge();
  const site = channelLabel(state.settings.value.preferredWebmail);
  showToast(state, {
    kind: failures.length > 0 || logged.length === 0 ? 'error' : 'ok',
    text: [
      t('options_bulkRemindersDone', String(logged.length), site, String(skipped)),
      ...failures,
    ].join(' '),
    ...(logged.length > 0
      ? {
          undo: async () => {
            for (const l of logged) await removeFollowUp(l.invitationId, l.at);
            showToast(state, {
              kind: 'ok',
              text: t('options_bulkRemindersUndone', String(logged.length)),
            });
            refreshBadge();
          },
        }
      : {}),
  });
}
