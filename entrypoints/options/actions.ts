/**
 * What the partner does to customers from the list: change a status, delete with
 * undo, the same for a selection, edit notes; and reading one customer in full for
 * the details. Each write goes through lib/db, then patches the rows in memory (no
 * reload of 100,000 customers for one change).
 */
import {
  allowedNextStatuses,
  type CustomerSnapshot,
  changeStatus,
  checkTransition,
  deleteCustomer,
  editCustomer,
  getCustomer,
  listInvitationsForCustomer,
  restoreCustomer,
  summarizeInvitations,
} from '../../lib/db';
import { t } from '../../lib/i18n';
import type { ListRow } from '../../lib/list';
import type { Customer, Invitation, InvitationStatus, LatestInvitation } from '../../lib/schema';
import { statusLabel } from './format';
import { refreshBadge } from './load';
import { type AppState, showToast, touchRows } from './state';

function rowById(state: AppState, id: string): ListRow | undefined {
  return state.rows.value.find((row) => row.id === id);
}

/** The row's summary after its latest invitation changed (it stays the latest). */
function patchLatest(row: ListRow, invitation: Invitation): void {
  const summary = summarizeInvitations([invitation]);
  if (summary && row.latest) row.latest = { ...summary, count: row.latest.count };
}

/**
 * A row's latest invitation as lib/db's transition rules read it: its status and,
 * for an undo, the one before (the row keeps no more of its history).
 */
function transitionOf(latest: LatestInvitation): Pick<Invitation, 'status' | 'history'> {
  const history = latest.previousStatus
    ? [
        { status: latest.previousStatus, at: 0 },
        { status: latest.status, at: 0 },
      ]
    : [];
  return { status: latest.status, history };
}

/** The Status select's options: the current status first, then every allowed change. */
export function statusChoices(latest: LatestInvitation): InvitationStatus[] {
  return [latest.status, ...allowedNextStatuses(transitionOf(latest))];
}

/** The Status select: one customer's latest invitation. */
export async function setStatus(
  state: AppState,
  row: ListRow,
  status: InvitationStatus,
): Promise<void> {
  if (!row.latest || row.latest.status === status) return;
  const result = await changeStatus(row.latest.invitationId, status);
  if (!result.ok) {
    showToast(state, { kind: 'error', text: t('options_statusFailed', result.error.message) });
    touchRows(state); // puts the select back to the stored status
    return;
  }
  patchLatest(row, result.value);
  touchRows(state);
  showToast(state, {
    kind: 'ok',
    text: t('options_statusChanged', row.customer.name, statusLabel(status)),
  });
  refreshBadge();
}

/** Bulk: every selected customer whose latest invitation may take the status. */
export async function setStatusOfSelection(
  state: AppState,
  status: InvitationStatus,
): Promise<void> {
  let changed = 0;
  let skipped = 0;
  for (const id of state.selection.value) {
    const row = rowById(state, id);
    const latest = row?.latest;
    if (!row || !latest || checkTransition(transitionOf(latest), status)) {
      skipped++;
      continue;
    }
    const result = await changeStatus(latest.invitationId, status);
    if (result.ok) {
      patchLatest(row, result.value);
      changed++;
    } else skipped++;
  }
  touchRows(state);
  showToast(state, {
    kind: skipped > 0 && changed === 0 ? 'error' : 'ok',
    text: t('options_bulkStatusDone', String(changed), statusLabel(status), String(skipped)),
  });
  refreshBadge();
}

async function undoDelete(state: AppState, snapshots: CustomerSnapshot[]): Promise<void> {
  const failed: string[] = [];
  const restored = new Set<string>();
  for (const snapshot of snapshots) {
    const result = await restoreCustomer(snapshot);
    if (result.ok) restored.add(snapshot.customer.id);
    else failed.push(`${snapshot.customer.name}: ${result.error.message}`);
  }
  state.deleted.value = new Set([...state.deleted.value].filter((id) => !restored.has(id)));
  state.total.value += restored.size;
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
  state.total.value -= gone.size;
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

export interface NotesSaved {
  ok: boolean;
  text: string;
  /** The customer as saved: the next save starts from this version. */
  customer?: Customer;
  /** Changed or deleted elsewhere since it was opened: the dialog offers a reload. */
  stale?: boolean;
}

/**
 * Notes from the details dialog, saved over the version the dialog opened
 * (lib/db's editCustomer); the row keeps the saved customer. A customer deleted
 * in another tab is hidden here too.
 */
export async function saveNotes(
  state: AppState,
  customer: Customer,
  notes: string,
): Promise<NotesSaved> {
  const result = await editCustomer(customer.id, { notes }, { basedOn: customer.updatedAt });
  if (!result.ok) {
    const { code, message } = result.error;
    if (code === 'not-found' && !state.deleted.value.has(customer.id)) {
      state.deleted.value = new Set([...state.deleted.value, customer.id]);
      state.total.value -= 1;
    }
    const stale = code === 'conflict' || code === 'not-found';
    return { ok: false, text: t('options_notesFailed', message), stale };
  }
  const row = rowById(state, customer.id);
  if (row) row.customer = result.value;
  touchRows(state);
  return { ok: true, text: t('options_notesSaved'), customer: result.value };
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
  if (!c.ok) return { error: c.error.message };
  if (!i.ok) return { error: i.error.message };
  return { customer: c.value, invitations: i.value.items, damaged: i.value.invalid.length };
}
