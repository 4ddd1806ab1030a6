/**
 * What the partner does to customers from the list besides their status
 * (status-actions.ts): delete with undo, for one or a selection; add a dated
 * note; and reading one customer in full for the details. Each write goes through
 * lib/db, then patches the rows in memory (no reload of 100,000 customers for one
 * change).
 */
import {
  addNote,
  type CustomerSnapshot,
  deleteCustomer,
  getCustomer,
  listInvitationsForCustomer,
  restoreCustomer,
} from '../../lib/db';
import { t } from '../../lib/i18n';
import type { Customer, Invitation } from '../../lib/schema';
import { refreshBadge } from './load';
import type { SaveOutcome } from './settings-save';
import { type AppState, showToast, touchRows } from './state';
import { rowById } from './status-actions';

async function undoDelete(state: AppState, snapshots: CustomerSnapshot[]): Promise<void> {
  const failed: string[] = [];
  const restored = new Set<string>();
  for (const snapshot of snapshots) {
    const result = await restoreCustomer(snapshot);
    if (result.ok) restored.add(snapshot.customer.id);
    else failed.push(`${snapshot.customer.name}: ${result.error.message}`);
  }
  state.deleted.value = new Set([...state.deleted.value].filter((id) => !restored.has(id)));
  showToast(
    state,
    failed.length === 0
      ? { kind: 'ok', text: t('options_restored', String(restored.size)) }
      : { kind: 'error', text: t('options_restoreFailed', failed.join('; ')) },
  );
  refreshBadge();
}

/** Deletes customers with their invitations; the toast's Undo puts them back. */
export async function deleteCustomers(state: AppState, customers: Customer[]): Promise<void> {
  const snapshots: CustomerSnapshot[] = [];
  const failed: string[] = [];
  for (const customer of customers) {
    const result = await deleteCustomer(customer.id);
    if (result.ok) snapshots.push(result.value);
    else failed.push(`${customer.name}: ${result.error.message}`);
  }
  const gone = new Set(snapshots.map((s) => s.customer.id));
  state.deleted.value = new Set([...state.deleted.value, ...gone]);
  state.selection.value = new Set([...state.selection.value].filter((id) => !gone.has(id)));
  if (gone.has(state.openCustomer.value ?? '')) state.openCustomer.value = undefined;
  refreshBadge();
  if (failed.length > 0) {
    // Those that were deleted can still come back.
    showToast(state, {
      kind: 'error',
      text: t('options_deleteFailed', failed.join('; ')),
      ...(snapshots.length ? { undo: () => undoDelete(state, snapshots) } : {}),
    });
    return;
  }
  const only = snapshots[0]?.customer.name;
  showToast(state, {
    kind: 'ok',
    text:
      snapshots.length === 1 && only !== undefined
        ? t('options_deletedOne', only)
        : t('options_deletedMany', String(snapshots.length)),
    undo: () => undoDelete(state, snapshots),
  });
}

export function selectedCustomers(state: AppState): Customer[] {
  const out: Customer[] = [];
  for (const id of state.selection.value) {
    const row = rowById(state, id);
    if (row && !state.deleted.value.has(id)) out.push(row.customer);
  }
  return out;
}

/** A dated note from the details dialog, signed with the profile's name; the row keeps the saved customer. */
export async function saveNote(
  state: AppState,
  customer: Customer,
  text: string,
): Promise<SaveOutcome & { saved?: Customer }> {
  if (text.trim() === '') return { ok: false, text: t('options_noteEmpty') };
  const author = state.profile.value?.senderName ?? '';
  const result = await addNote(customer.id, { text, author });
  if (!result.ok) {
    // Deleted in another tab meanwhile: the note is refused and the row goes here too.
    if (result.error.code === 'not-found' && !state.deleted.value.has(customer.id)) {
      state.deleted.value = new Set([...state.deleted.value, customer.id]);
      state.total.value -= 1;
      // As if this tab had heard of the deletion: the open details read it again and say so.
      state.changes.value = { n: state.changes.value.n + 1, customers: new Set([customer.id]) };
    }
    const why =
      result.error.code === 'not-found' ? t('options_customerGone') : result.error.message;
    return { ok: false, text: t('options_notesFailed', why) };
  }
  const row = rowById(state, customer.id);
  if (row) row.customer = result.value;
  touchRows(state);
  return { ok: true, text: t('options_notesSaved'), saved: result.value };
}

export interface CustomerInFull {
  customer: Customer;
  invitations: Invitation[];
  /** Invitations of this customer that failed their schema and are left out. */
  damaged: number;
}

/** The details dialog's customer, read fresh: the row holds only the latest invitation. */
export async function readCustomerInFull(id: string): Promise<CustomerInFull | { error: string }> {
  const [c, i] = await Promise.all([getCustomer(id), listInvitationsForCustomer(id)]);
  if (!c.ok)
    return { error: c.error.code === 'not-found' ? t('options_customerGone') : c.error.message };
  if (!i.ok) return { error: i.error.message };
  return { customer: c.value, invitations: i.value.items, damaged: i.value.invalid.length };
}
