/**
 * `Export CSV`: the customer list as a spreadsheet for people, in the partner's
 * language (csv-labels.ts: titles, statuses, clouds, local dates), written by
 * papaparse (quoting is its job, not ours). UTF-8 with a BOM, because Excel opens
 * a CSV without one as the local code page and turns "Zürich" into "ZÃ¼rich";
 * CRLF line ends, as Excel writes them. The CSV import reads it back: names,
 * contacts, domains, tenant IDs, clouds and undated notes; the rest (status,
 * dates, reminders, dated notes) is for reading, and JSON is the lossless backup.
 */
import Papa from 'papaparse';
import { exportAll, type InvalidRecord } from '../db';
import type { Customer, Invitation } from '../schema';
import { CSV_COLUMN_IDS, CSV_LABELS, csvDateFormat, csvLabelsFor } from './csv-labels';
import { ok, type TransferResult } from './errors';
import { FORMULA_START } from './formula-guard';
import { latestInvitationByCustomer } from './latest-invitation';

/** The English column titles, in order. */
export const CUSTOMER_CSV_COLUMNS = CSV_COLUMN_IDS.map((id) => CSV_LABELS.en.columns[id]);

/** The locale the CSV speaks: the UI's (`browser.i18n.getUILanguage()`), English by default. */
export interface CsvExportOptions {
  locale?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const BOM = '\uFEFF';

/** Whole days since it was sent, for invitations still waiting for an answer. */
function daysWaiting(invitation: Invitation | undefined, now: number): number | '' {
  if (invitation?.status !== 'sent' || invitation.sentAt === undefined) return '';
  return Math.max(0, Math.floor((now - invitation.sentAt) / DAY_MS));
}

/** One row per customer, cells in `CSV_COLUMN_IDS` order. */
export function customerCsvRows(
  customers: readonly Customer[],
  invitations: readonly Invitation[],
  now: number,
  locale = 'en',
): (string | number)[][] {
  const labels = csvLabelsFor(locale);
  const date = csvDateFormat(locale);
  const latest = latestInvitationByCustomer(invitations);
  return customers.map((c) => {
    const invitation = latest.get(c.id);
    const reminders = invitation?.followUps ?? [];
    const last = reminders.at(-1);
    return [
      c.name,
      c.contactName,
      c.contactEmail,
      c.domain,
      c.tenantId ?? '',
      labels.cloud[c.cloud],
      invitation ? labels.status[invitation.status] : '',
      invitation?.sentAt === undefined ? '' : date(invitation.sentAt),
      daysWaiting(invitation, now),
      reminders.length || '',
      last ? date(last.at) : '',
      c.notes,
      (c.noteEntries ?? [])
        .map((n) => `${date(n.at)}${n.author ? ` ${n.author}` : ''}: ${n.text}`)
        .join('\n'),
    ];
  });
}

/** The CSV text of the given customers (all, or the options page's selection). */
export function buildCustomerCsv(
  customers: readonly Customer[],
  invitations: readonly Invitation[],
  now = Date.now(),
  { locale = 'en' }: CsvExportOptions = {},
): string {
  const titles = csvLabelsFor(locale).columns;
  const csv = Papa.unparse(
    {
      fields: CSV_COLUMN_IDS.map((id) => titles[id]),
      data: customerCsvRows(customers, invitations, now, locale),
    },
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
export async function exportCustomerCsv(
  now = Date.now(),
  options: CsvExportOptions = {},
): Promise<TransferResult<ExportedCsv>> {
  const all = await exportAll();
  if (!all.ok) return all;
  const customers = [...all.value.customers].sort((a, b) =>
    a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0,
  );
  const text = buildCustomerCsv(customers, all.value.invitations, now, options);
  return ok({ text, skipped: all.value.invalid });
}

/** `csp-customers-2024-05-01.csv` */
export function customerCsvFileName(now = Date.now()): string {
  return `csp-customers-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
