/**
 * Acceptances from Partner Center's customer list, through lib/transfer's
 * reconcile (the same matcher, plan and apply as Customers.csv), and the status
 * of the GDAP requests being followed. The whole list is fetched before anything
 * is planned; the plan is written in one transaction or not at all.
 */
import type { AppError, Result } from '../schema';
import type { GdapRecord } from '../schema/microsoft';
import { applyReconcile, type ReconcilePlan, reconcilePartnerCenterCustomers } from '../transfer';
import { rowsFromCustomers } from './acceptance';
import type { MicrosoftClient } from './client';
import { NOTHING_CHANGED } from './errors';
import { readGdapStatus } from './gdap';
import { FINAL_GDAP_STATUSES } from './gdap-status';
import { listAllCustomers } from './partner-center';

type Failed = { ok: false; error: AppError };

function unchanged(error: AppError): Failed {
  return { ok: false, error: { code: error.code, message: `${error.message} ${NOTHING_CHANGED}` } };
}

/** Reads every page, then plans; nothing is written. */
export async function planFromPartnerCenter(
  client: MicrosoftClient,
  {
    now = Date.now(),
    onPage,
  }: { now?: number; onPage?: (fetched: number, pages: number) => void } = {},
): Promise<Result<ReconcilePlan>> {
  const customers = await listAllCustomers(client, onPage);
  if (!customers.ok) return unchanged(customers.error);
  const planned = await reconcilePartnerCenterCustomers(rowsFromCustomers(customers.value), {
    now,
  });
  return planned.ok ? planned : unchanged(planned.error);
}

export interface SyncOutcome {
  accepted: number;
  tenantIdsStored: number;
  listed: number;
  gdap: GdapRecord[];
  /** GDAP requests whose status could not be read this time (kept as they were). */
  gdapFailures: string[];
}

/** The daily run: plan and apply acceptances, then read each open GDAP request's status. */
export async function runSync(
  client: MicrosoftClient,
  followed: readonly GdapRecord[],
  now = Date.now(),
): Promise<Result<SyncOutcome>> {
  const plan = await planFromPartnerCenter(client, { now });
  if (!plan.ok) return plan;
  const applied = await applyReconcile(plan.value);
  if (!applied.ok) return unchanged(applied.error);
  const gdap: GdapRecord[] = [];
  const gdapFailures: string[] = [];
  for (const record of followed) {
    if (FINAL_GDAP_STATUSES.has(record.status)) continue;
    const read = await readGdapStatus(client, record, now);
    if (read.ok) gdap.push(read.value);
    else gdapFailures.push(read.error.message);
  }
  return {
    ok: true,
    value: {
      accepted: applied.value.accepted,
      tenantIdsStored: applied.value.tenantIdsStored,
      listed: plan.value.summary.total,
      gdap,
      gdapFailures,
    },
  };
}
