/**
 * Starting a *restore admin privileges* invitation for a `removed` customer. An
 * extension page cannot reliably open the toolbar popup (`action.openPopup` needs
 * a focused browser window and is missing in older browsers), so the invitation
 * is left as the popup's unfinished draft and the partner is told where to find it.
 */
import { browser } from 'wxt/browser';
import { restoreAdminDraft } from '../../lib/list';
import type { Customer, Invitation } from '../../lib/schema';
import { loadUnfinishedDraft, saveUnfinishedDraft } from '../../lib/storage';

/** The customer named on the popup's unfinished draft, when the restore would replace another customer's. */
export async function otherCustomersDraft(customer: Customer): Promise<string | undefined> {
  const existing = await loadUnfinishedDraft();
  const name = existing?.form.customerName ?? '';
  return existing && existing.form.customerId !== customer.id && name.trim() !== ''
    ? name
    : undefined;
}

/** Leaves the restore invitation as the popup's unfinished draft; false when it could not be saved. */
export async function leaveRestoreDraft(customer: Customer, latest: Invitation): Promise<boolean> {
  try {
    await saveUnfinishedDraft(restoreAdminDraft(customer, latest, Date.now()));
    return true;
  } catch {
    return false;
  }
}

export async function tryOpenPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    // Not available here: the message tells the partner to click the toolbar button.
  }
}
