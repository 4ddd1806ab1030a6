/**
 * `Export CSV`: the customer list as a spreadsheet, written by papaparse (quoting
 * is its job, not ours). UTF-8 with a BOM, because Excel opens a CSV without one
 * as the local code page and turns "Zürich" into "ZÃ¼rich"; CRLF line ends, as
 * Excel writes them. The column titles are ones the CSV import reads back.
 */
import Papa from 'papaparse';
import { exportAll, type InvalidRecord } from '../db';
import type { Customer, Invitation } from '../schema';
import { ok, type TransferResult } from './errors';
import { FORMULA_START } from './formula-guard';
import { latestInvitationByCustomer } from './latest-invitation';

export const CUSTOMER_CSV_COLUMNS = [
  'Name',
  'Contact name',
  'Contact email',
  'Domain',
  'Tenant ID',
  'Cloud',
  'Latest status',
  'Sent date',
  'Days waiting',
  'Notes',
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const BOM = '\uFEFF';

/** Whole days since it was sent, for invitations still waiting for an answer. */
function daysWaiting(invitation: Invitation | undefined, now: number): number | '' {
  if (invitation?.status !== 'sent' || invitation.sentAt === undefined) return '';
  return Math.max(0, Math.floor((now - invitation.sentAt) / DAY_MS));
}

/** One row per customer, cells in `CUSTOMER_CSV_COLUMNS` order. */
export function customerCsvRows(
  customers: readonly Customer[],
  invitations: readonly Invitation[],
  now: number,
): (string | number)[][] {
  const latest = latestInvitationByCustomer(invitations);
  return customers.map((c) => {
    const invitation = latest.get(c.id);
    return [
      c.name,
      c.contactName,
      c.contactEmail,
      c.domain,
      c.tenantId ?? '',
      c.cloud,
      invitation?.status ?? '',
      // ISO 8601 in UTC: unambiguous in every locale, unlike "01/05/2024".
      invitation?.sentAt === undefined ? '' : new Date(invitation.sentAt).toISOString(),
      daysWaiting(invitation, now),
      c.notes,
    ];
  });
}

/** The CSV text of the given customers (all, or the options page's selection). */
export function buildCustomerCsv(
  customers: readonly Customer[],
  invitations: readonly Invitation[],
  now = Date.now(),
): string {
  const csv = Papa.unparse(
    { fields: [...CUSTOMER_CSV_COLUMNS], data: customerCsvRows(customers, invitations, now) },
    // Names are typed by partners and customers: see formula-guard.ts.
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${BOM}${csv}\r\n`;
}

export interface ExportedCsv {
  text: string;
  /** Damaged stored records left out (lib/db never hands them on): the page must say so. */
  skipped: InvalidRecord[];
}

/** Every customer in the database as CSV text, sorted by name as the list shows them. */
export async function exportCustomerCsv(now = Date.now()): Promise<TransferResult<ExportedCsv>> {
  const all = await exportAll();
  if (!all.ok) return all;
  const customers = [...all.value.customers].sort((a, b) =>
    a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0,
  );
  const text = buildCustomerCsv(customers, all.value.invitations, now);
  return ok({ text, skipped: all.value.invalid });
}

/** `csp-customers-2024-05-01.csv` */
export function customerCsvFileName(now = Date.now()): string {
  return `csp-customers-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
