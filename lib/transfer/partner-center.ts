/**
 * Partner Center's Customers.csv, end to end: read and plan (nothing written),
 * then apply the plan in one transaction. See partner-center-plan.ts for the rules.
 */
import { exportAll, getInvitation, putAll } from '../db';
import { fail, ok, type TransferResult } from './errors';
import { planReconcile, type ReconcilePlan } from './partner-center-plan';
import { type PartnerCenterRow, readPartnerCenterRows } from './partner-center-rows';
import type { ProgressCallback } from './progress';

export interface ReconcileOptions {
  /** The time of the acceptance entries and of the customers' update (epoch ms). */
  now?: number;
  onProgress?: ProgressCallback;
}

/** Reads Customers.csv and plans what it changes; a file that is not one is refused whole. */
export async function reconcilePartnerCenterCsv(
  text: string,
  { now = Date.now(), onProgress }: ReconcileOptions = {},
): Promise<TransferResult<ReconcilePlan>> {
  const rows = readPartnerCenterRows(text);
  if (!rows.ok) return rows;
  // One read of both stores, then only Map lookups (see customer-matcher.ts).
  const all = await exportAll();
  if (!all.ok) return all;
  return ok(await planReconcile(rows.value, all.value, now, onProgress));
}

/** The history note of an acceptance read from Partner Center's API instead of the file. */
export const PARTNER_CENTER_API_NOTE = 'Partner Center customer list';

/**
 * The same plan from Partner Center's customer list as read by lib/microsoft
 * (every page fetched first): one matcher, one plan, one preview, one apply.
 */
export async function reconcilePartnerCenterCustomers(
  rows: readonly PartnerCenterRow[],
  { now = Date.now(), onProgress }: ReconcileOptions = {},
): Promise<TransferResult<ReconcilePlan>> {
  const all = await exportAll();
  if (!all.ok) return all;
  return ok(await planReconcile(rows, all.value, now, onProgress, PARTNER_CENTER_API_NOTE));
}

export interface Reconciled {
  accepted: number;
  tenantIdsStored: number;
}

/**
 * Writes the plan's changed invitations and customers in one transaction, or
 * nothing. The records are as they were when planned; if a customer was deleted
 * meanwhile lib/db refuses the whole write (its invitation would have no owner).
 */
export async function applyReconcile(
  plan: ReconcilePlan,
  { onProgress }: Pick<ReconcileOptions, 'onProgress'> = {},
): Promise<TransferResult<Reconciled>> {
  const total = plan.customers.length + plan.invitations.length;
  onProgress?.(0, total);
  // The plan holds whole invitations as previewed: writing them back over a status
  // changed in the list meanwhile would erase that change and its history.
  const stale = await changedSincePlanned(plan);
  if (stale) return stale;
  const written = await putAll(
    { customers: plan.customers, invitations: plan.invitations },
    { overwrite: true },
  );
  if (!written.ok) return written;
  onProgress?.(total, total);
  return ok({ accepted: plan.invitations.length, tenantIdsStored: plan.customers.length });
}

/** Each planned invitation adds one history entry to what was stored when planned. */
async function changedSincePlanned(
  plan: ReconcilePlan,
): Promise<TransferResult<never> | undefined> {
  for (const planned of plan.invitations) {
    const stored = await getInvitation(planned.id);
    if (!stored.ok || stored.value.history.length !== planned.history.length - 1) {
      return fail(
        'changed-since-preview',
        'Some invitations changed after this list was read. Nothing was changed: read the file or the list again to see the current plan.',
      );
    }
  }
  return undefined;
}
