/**
 * The CSV import's second step: the preview's `new` and `update` rows written in
 * ONE transaction — all of them or none — against what is stored at that moment
 * (lib/db's applyImportPlan): a field the file does not fill keeps its current
 * value, notes typed in another tab since the preview included; a customer
 * deleted since stays deleted; and if a field the file fills was changed since, or
 * a new row now matches a customer added since, nothing is written and the
 * caller previews the file again. Rows with errors and duplicates are not written.
 */
import { applyImportPlan, nameKeyOf, type PlannedUpdate } from '../db';
import type { Customer } from '../schema';
import type { CustomerCsvPreview, PreviewRow } from './customer-csv-preview';
import { CustomerMatcher } from './customer-matcher';
import type { CustomerFields } from './customer-row';
import { fail, ok, type TransferResult } from './errors';
import type { ProgressCallback } from './progress';

export interface CsvImported {
  created: number;
  updated: number;
  /** Rows not written: errors and duplicates within the file. */
  skipped: number;
  /** Update rows whose customer was deleted after the preview: it stays deleted. */
  leftDeleted: number;
}

export interface ApplyOptions {
  /** Creation/update time of the written customers (epoch ms). */
  now?: number;
  onProgress?: ProgressCallback;
}

/** Only what the file gives: an empty cell leaves the stored value as it is. */
function given(fields: CustomerFields): Partial<Customer> {
  const out: Partial<Customer> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== '' && value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

function created(fields: CustomerFields, now: number): Customer {
  return {
    id: crypto.randomUUID(),
    nameKey: nameKeyOf(fields.name),
    contactName: '',
    contactEmail: '',
    domain: '',
    cloud: 'public',
    notes: '',
    ...given(fields),
    name: fields.name,
    createdAt: now,
    updatedAt: now,
  };
}

const labelOf = (row: PreviewRow) => `Row ${row.rowNumber} (${row.customer.name})`;

/** A new row that matches a customer stored now was not new when previewed: the plan no longer fits. */
function matchedSince(
  rows: readonly PreviewRow[],
  stored: readonly Customer[],
): string | undefined {
  const matcher = new CustomerMatcher(stored);
  for (const row of rows) {
    const match = matcher.find(row.customer);
    if (match)
      return `${labelOf(row)}: it matches ${match.item.name}, added after the file was read`;
  }
  return undefined;
}

export async function applyCustomerCsv(
  preview: CustomerCsvPreview,
  { now = Date.now(), onProgress }: ApplyOptions = {},
): Promise<TransferResult<CsvImported>> {
  const create: Customer[] = [];
  const newRows: PreviewRow[] = [];
  const updates: PlannedUpdate<Customer>[] = [];
  for (const row of preview.rows) {
    if (row.status === 'new') {
      create.push(created(row.customer, now));
      newRows.push(row);
    } else if (row.status === 'update' && row.existing) {
      const after = { ...row.existing, ...given(row.customer), updatedAt: now };
      updates.push({ before: row.existing, after, label: labelOf(row) });
    }
  }
  const total = create.length + updates.length;
  // One transaction cannot report from inside, so progress is before and after it.
  onProgress?.(0, total);
  const written = await applyImportPlan(
    { create, customers: updates, invitations: [] },
    // Only new rows can have been entered meanwhile: without any, no store-wide read.
    newRows.length > 0 ? { now, checkCreated: (stored) => matchedSince(newRows, stored) } : { now },
  );
  if (!written.ok) {
    const { code, message } = written.error;
    return code === 'conflict' ? fail('changed-since-preview', message) : written;
  }
  onProgress?.(total, total);
  const leftDeleted = written.value.leftDeleted.length;
  return ok({
    created: create.length,
    updated: updates.length - leftDeleted,
    skipped: preview.rows.length - total,
    leftDeleted,
  });
}
