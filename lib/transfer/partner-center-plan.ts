/**
 * Reconciling Partner Center's Customers.csv with the database: a customer listed there has accepted the reseller relationship, so its waiting
 * invitation becomes `accepted` and its tenant ID (the file's "Microsoft ID") is
 * stored. Pure: this builds the plan that the options page shows and
 * `applyReconcile` writes.
 */
import type { PlannedUpdate } from '../db';
import type { Customer, Invitation, InvitationStatus } from '../schema';
import { GUID_PATTERN } from '../schema';
import { CustomerMatcher, type MatchedBy } from './customer-matcher';
import { latestInvitationByCustomer } from './latest-invitation';
import type { PartnerCenterRow } from './partner-center-rows';
import { forEachSliced, type ProgressCallback } from './progress';

/** The note of the history entry, so the partner sees where the acceptance came from. */
export const PARTNER_CENTER_NOTE = 'Partner Center export';

/**
 * `sent` waits for an answer. `expired` too, in a way: it is the partner's guess
 * after waiting, and the link keeps working, so a late acceptance is real (the
 * same reasoning lib/db's status-transitions.ts gives for allowing expired → accepted).
 */
const WAITING: ReadonlySet<InvitationStatus> = new Set(['sent', 'expired']);

export type ReconcileOutcome = 'accept' | 'store-tenant-id' | 'no-change' | 'unmatched' | 'error';

export interface ReconcileRow extends PartnerCenterRow {
  outcome: ReconcileOutcome;
  /** A sentence for the partner: "Row 4: Contoso B.V. matched by name: invitation accepted." */
  message: string;
  customer?: Customer;
  matchedBy?: MatchedBy;
}

export interface ReconcilePlan {
  rows: ReconcileRow[];
  /** The rows no customer matched: customers of the partner never invited from here. */
  unmatched: ReconcileRow[];
  /**
   * The changes to write: each record as read and as planned, so Apply can merge
   * them with what is stored by then (lib/db's applyImportPlan).
   */
  customers: PlannedUpdate<Customer>[];
  invitations: PlannedUpdate<Invitation>[];
  summary: {
    total: number;
    accepted: number;
    tenantIdsStored: number;
    unchanged: number;
    unmatched: number;
    errors: number;
  };
}

interface Planning {
  at: number;
  note: string;
  matcher: CustomerMatcher<Customer>;
  latest: Map<string, Invitation>;
  handledBy: Map<string, number>;
  plan: ReconcilePlan;
}

function accepted(invitation: Invitation, at: number, note: string): Invitation {
  const entry = { status: 'accepted' as const, at, note };
  return { ...invitation, status: 'accepted', history: [...invitation.history, entry] };
}

function invalidRow(row: ReconcileRow): string | undefined {
  if (row.microsoftId !== '' && !GUID_PATTERN.test(row.microsoftId)) {
    return `has a Microsoft ID that is not a GUID ('${row.microsoftId}').`;
  }
  if (row.companyName === '' && row.domain === '') return 'has no company name and no domain.';
  return undefined;
}

function planRow(row: ReconcileRow, p: Planning): void {
  const name = row.companyName || row.domain;
  const say = (text: string) => `Row ${row.rowNumber}: ${name ? `${name} ` : ''}${text}`;
  const problem = invalidRow(row);
  if (problem) {
    row.outcome = 'error';
    row.message = say(problem);
    return;
  }
  const match = p.matcher.find({
    name: row.companyName,
    domain: row.domain,
    tenantId: row.microsoftId,
  });
  if (!match) {
    row.outcome = 'unmatched';
    row.message = say('matches no customer.');
    p.plan.unmatched.push(row);
    return;
  }
  const customer = match.item;
  Object.assign(row, { customer, matchedBy: match.by });
  const via = `matched ${customer.name} by ${match.by === 'tenant-id' ? 'tenant ID' : match.by}`;
  const earlier = p.handledBy.get(customer.id);
  if (earlier !== undefined) {
    row.outcome = 'no-change';
    row.message = say(`${via}, the same customer as row ${earlier}.`);
    return;
  }
  p.handledBy.set(customer.id, row.rowNumber);

  const changes: string[] = [];
  const invitation = p.latest.get(customer.id);
  const label = `Row ${row.rowNumber} (${customer.name})`;
  if (invitation && WAITING.has(invitation.status) && row.notReseller === undefined) {
    const after = accepted(invitation, p.at, p.note);
    p.plan.invitations.push({ before: invitation, after, label, mustBeLatest: true });
    changes.push('invitation accepted');
    row.outcome = 'accept';
  }
  if (customer.tenantId === undefined && row.microsoftId !== '') {
    const after = { ...customer, tenantId: row.microsoftId, updatedAt: p.at };
    p.plan.customers.push({ before: customer, after, label });
    changes.push('tenant ID stored');
    if (row.outcome !== 'accept') row.outcome = 'store-tenant-id';
  }
  if (row.notReseller && changes.length > 0)
    changes.push(`relationship ${row.notReseller}, not reseller`);
  if (changes.length === 0) {
    row.outcome = 'no-change';
    const status = row.notReseller
      ? `its relationship is ${row.notReseller}, not reseller`
      : invitation
        ? `its latest invitation is ${invitation.status}`
        : 'it has no invitation';
    row.message = say(`${via}; nothing to change: ${status}.`);
  } else {
    row.message = say(`${via}: ${changes.join(', ')}.`);
  }
}

/** The plan for every row of the file, against all stored customers and invitations. */
export async function planReconcile(
  rows: readonly PartnerCenterRow[],
  stored: { customers: readonly Customer[]; invitations: readonly Invitation[] },
  at: number,
  onProgress?: ProgressCallback,
  note = PARTNER_CENTER_NOTE,
): Promise<ReconcilePlan> {
  const plan: ReconcilePlan = {
    rows: [],
    unmatched: [],
    customers: [],
    invitations: [],
    summary: { total: 0, accepted: 0, tenantIdsStored: 0, unchanged: 0, unmatched: 0, errors: 0 },
  };
  const p: Planning = {
    at,
    note,
    plan,
    matcher: new CustomerMatcher(stored.customers),
    latest: latestInvitationByCustomer(stored.invitations),
    handledBy: new Map(),
  };
  await forEachSliced(
    rows,
    (read) => {
      const row: ReconcileRow = { ...read, outcome: 'unmatched', message: '' };
      plan.rows.push(row);
      planRow(row, p);
    },
    onProgress,
  );
  plan.summary = {
    total: plan.rows.length,
    accepted: plan.invitations.length,
    tenantIdsStored: plan.customers.length,
    unchanged: plan.rows.filter((r) => r.outcome === 'no-change').length,
    unmatched: plan.unmatched.length,
    errors: plan.rows.filter((r) => r.outcome === 'error').length,
  };
  return plan;
}
