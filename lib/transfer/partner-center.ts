/**
 * Partner Center's Customers.csv, end to end: read and plan (nothing written),
 * then apply the plan in one transaction. See partner-center-plan.ts for the rules.
 */
import { applyImportPlan, exportAll } from '../db';
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
  /** Planned changes to customers deleted after the preview: they stay deleted. */
  leftDeleted: number;
}

/**
 * Writes the plan in one transaction, or nothing, merged with what is stored by
 * then (lib/db's applyImportPlan): notes edited meanwhile are kept, a customer
 * deleted meanwhile stays deleted, and a status changed meanwhile (or a newer
 * invitation) means the plan no longer fits: nothing is written, and the caller
 * previews the file again.
 */
export async function applyReconcile(
  plan: ReconcilePlan,
  { onProgress, now = Date.now() }: Pick<ReconcileOptions, 'onProgress' | 'now'> = {},
): Promise<TransferResult<Reconciled>> {
  const total = plan.customers.length + plan.invitations.length;
  onProgress?.(0, total);
  const written = await applyImportPlan(
    { create: [], customers: plan.customers, invitations: plan.invitations },
    { now },
  );
  if (!written.ok) {
    const { code, message } = written.error;
    return code === 'conflict' ? fail('changed-since-preview', message) : written;
  }
  onProgress?.(total, total);
  const gone = new Set(written.value.leftDeleted);
  const kept = (updates: readonly { label: string }[]) =>
    updates.filter((u) => !gone.has(u.label)).length;
  return ok({
    accepted: kept(plan.invitations),
    tenantIdsStored: kept(plan.customers),
    leftDeleted: gone.size,
  });
}
