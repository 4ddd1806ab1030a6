/**
 * Writing an import's plan against what is stored NOW, not what the preview read:
 * the write transaction re-reads every record the plan changes and merges field
 * by field (merge.ts). Notes typed in another tab meanwhile are kept; a customer
 * deleted meanwhile stays deleted (its rows are left out and counted); if a
 * field the plan changes was changed by someone else, or new customers now
 * match ones added meanwhile, nothing is written and the caller is told why, so
 * it can preview the file again.
 */
import { unwrap } from 'idb';
import type { Customer, Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import { checkBatch } from './batch';
import { writeEach } from './bulk';
import { markChanged } from './changes';
import { DbAbort, type DbResult, ok } from './errors';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import { refreshLatestForBatch, summarizeInvitations } from './latest';
import { mergeRecord } from './merge';
import { CustomerRecordSchema, InvitationRecordSchema } from './record-schema';
import { parseStored, parseStoredList } from './records';
import { inTransaction, type Tx } from './transaction';
import { nextVersion } from './version';

export interface PlannedUpdate<T> {
  /** The record as the preview read it. */
  before: T;
  /** The record as the plan wants it. */
  after: T;
  /** How the partner knows it: "Row 4 (Contoso)". */
  label: string;
  /** Planned because it was its customer's latest invitation: refused if a newer one exists now. */
  mustBeLatest?: boolean;
}

export interface ImportPlanInput {
  create: Customer[];
  customers: PlannedUpdate<Customer>[];
  invitations: PlannedUpdate<Invitation>[];
}

export interface ApplyPlanOptions {
  now?: number;
  /** Given every customer stored now: why the new ones no longer fit (one matches now), if so. */
  checkCreated?: (stored: readonly Customer[]) => string | undefined;
}

export interface AppliedPlan {
  created: number;
  updated: number;
  /** Already as planned (written by someone else meanwhile). */
  unchanged: number;
  /** Labels of planned changes to records deleted after the preview; they stay deleted. */
  leftDeleted: string[];
}

type WriteTx = Tx<['customers', 'invitations', 'latest'], 'readwrite'>;

/** Set by the writer, never merged: the version stamp and the index keys. */
const CUSTOMER_OWN = new Set(['updatedAt', 'nameKey']);
const NO_FIELDS = new Set<string>();

const FIELD_NAMES: Record<string, string> = {
  contactEmail: 'e-mail address',
  contactName: 'contact name',
  tenantId: 'tenant ID',
  history: 'status history',
};

function conflict(reasons: string[]): DbAbort {
  const shown = reasons.slice(0, 5).join('; ');
  const more = reasons.length > 5 ? `; and ${reasons.length - 5} more` : '';
  return new DbAbort({
    code: 'conflict',
    message: `Nothing was written: the stored data changed after the file was read. ${shown}${more}.`,
  });
}

function finishCustomer(merged: Customer, current: Customer, now: number): Customer {
  const candidate = {
    ...merged,
    nameKey: nameKeyOf(merged.name),
    contactEmail: emailKeyOf(merged.contactEmail),
    domain: domainKeyOf(merged.domain),
    updatedAt: nextVersion(current, now),
  };
  const parsed = CustomerRecordSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw new DbAbort({
    code: 'invalid-input',
    message: `Nothing was written: ${describeIssues(parsed.error)}`,
  });
}

interface Merging<T> {
  write: T[];
  unchanged: number;
  leftDeleted: string[];
  conflicts: string[];
}

function mergeAll<T extends { id: string }>(
  store: 'customers' | 'invitations',
  updates: readonly PlannedUpdate<T>[],
  currents: readonly unknown[],
  finish: (merged: T, current: T) => T,
): Merging<T> {
  const out: Merging<T> = { write: [], unchanged: 0, leftDeleted: [], conflicts: [] };
  const ignore = store === 'customers' ? CUSTOMER_OWN : NO_FIELDS;
  for (const [i, update] of updates.entries()) {
    const raw = currents[i];
    if (raw === undefined) {
      out.leftDeleted.push(update.label);
      continue;
    }
    const current = parseStored(store, raw, update.before.id);
    if (!current.ok) {
      out.conflicts.push(`${update.label}: the stored record is damaged`);
      continue;
    }
    const stored = current.value as unknown as T;
    const merged = mergeRecord(update.before, update.after, stored, ignore);
    if (!merged.ok) {
      const name = FIELD_NAMES[merged.field] ?? merged.field;
      out.conflicts.push(`${update.label}: its ${name} changed after the file was read`);
    } else if (merged.changed) out.write.push(finish(merged.value, stored));
    else out.unchanged++;
  }
  return out;
}

/** The reasons planned acceptances no longer fit: a newer invitation was recorded since. */
async function notLatest(tx: WriteTx, updates: readonly PlannedUpdate<Invitation>[]) {
  const byCustomer = tx.objectStore('invitations').index('by-customer');
  const checks = updates.filter((u) => u.mustBeLatest);
  const lists = await Promise.all(checks.map((u) => byCustomer.getAll(u.before.customerId)));
  return checks.flatMap((u, i) => {
    const latest = summarizeInvitations(parseStoredList('invitations', lists[i] ?? []).items);
    return latest && latest.invitationId !== u.before.id
      ? [`${u.label}: a newer invitation was recorded after the file was read`]
      : [];
  });
}

async function currentCustomers(
  tx: WriteTx,
  plan: ImportPlanInput,
  check: ApplyPlanOptions['checkCreated'],
): Promise<{ currents: unknown[]; reason?: string }> {
  const store = tx.objectStore('customers');
  if (!check)
    return { currents: await Promise.all(plan.customers.map((u) => store.get(u.before.id))) };
  // One read of the store: the check needs every customer, and updates find theirs in it.
  const all = await store.getAll();
  const byId = new Map(all.map((raw) => [(raw as { id: string }).id, raw as unknown]));
  const reason = check(parseStoredList('customers', all).items);
  return {
    currents: plan.customers.map((u) => byId.get(u.before.id)),
    ...(reason ? { reason } : {}),
  };
}

export function applyImportPlan(
  plan: ImportPlanInput,
  { now = Date.now(), checkCreated }: ApplyPlanOptions = {},
): Promise<DbResult<AppliedPlan>> {
  const created = checkBatch({ customers: plan.create, invitations: [] });
  if (!created.ok) return Promise.resolve(created);
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    const invitationStore = tx.objectStore('invitations');
    const [customers, invitationRaws, stale] = await Promise.all([
      currentCustomers(tx, plan, checkCreated),
      Promise.all(plan.invitations.map((u) => invitationStore.get(u.before.id))),
      notLatest(tx, plan.invitations),
    ]);
    const c = mergeAll('customers', plan.customers, customers.currents, (m, cur) =>
      finishCustomer(m, cur, now),
    );
    const i = mergeAll('invitations', plan.invitations, invitationRaws, (m) => {
      const parsed = InvitationRecordSchema.safeParse(m);
      if (parsed.success) return parsed.data;
      throw new DbAbort({
        code: 'invalid-input',
        message: `Nothing was written: ${describeIssues(parsed.error)}`,
      });
    });
    const reasons = [
      ...(customers.reason ? [customers.reason] : []),
      ...c.conflicts,
      ...i.conflicts,
      ...stale,
    ];
    if (reasons.length > 0) throw conflict(reasons);
    markChanged(tx, 'all');

    await Promise.all([
      writeEach(unwrap(tx.objectStore('customers')), created.value.customers, 'add', 'customer'),
      writeEach(unwrap(tx.objectStore('customers')), c.write, 'put', 'customer'),
      writeEach(unwrap(invitationStore), i.write, 'put', 'invitation'),
    ]);
    await refreshLatestForBatch(
      { invitations: invitationStore, latest: tx.objectStore('latest') },
      i.write,
    );
    return ok({
      created: created.value.customers.length,
      updated: c.write.length + i.write.length,
      unchanged: c.unchanged + i.unchanged,
      leftDeleted: [...new Set([...c.leftDeleted, ...i.leftDeleted])],
    });
  });
}
