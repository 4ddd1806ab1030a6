/**
 * The CSV import's second step: the preview's `new` and `update` rows written in
 * ONE transaction — all of them or, if the database refuses one, none. Rows with
 * errors and duplicates are not written; the preview showed them to the partner.
 */
import { nameKeyOf, putAll } from '../db';
import type { Customer } from '../schema';
import type { CustomerCsvPreview, PreviewRow } from './customer-csv-preview';
import type { CustomerFields } from './customer-row';
import { ok, type TransferResult } from './errors';
import type { ProgressCallback } from './progress';

export interface CsvImported {
  created: number;
  updated: number;
  /** Rows not written: errors and duplicates within the file. */
  skipped: number;
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

/**
 * The stored customer with the file's values over it. It is the customer as it
 * was at preview time: an edit made in another tab between preview and apply is
 * overwritten for the fields the file gives.
 */
function updated(row: PreviewRow & { existing: Customer }, now: number): Customer {
  return { ...row.existing, ...given(row.customer), updatedAt: now };
}

export async function applyCustomerCsv(
  preview: CustomerCsvPreview,
  { now = Date.now(), onProgress }: ApplyOptions = {},
): Promise<TransferResult<CsvImported>> {
  const customers: Customer[] = [];
  let createdCount = 0;
  for (const row of preview.rows) {
    if (row.status === 'new') {
      customers.push(created(row.customer, now));
      createdCount++;
    } else if (row.status === 'update' && row.existing) {
      customers.push(updated({ ...row, existing: row.existing }, now));
    }
  }
  const total = customers.length;
  // One transaction cannot report from inside, so progress is before and after it.
  onProgress?.(0, total);
  const written = await putAll({ customers, invitations: [] }, { overwrite: true });
  if (!written.ok) return written;
  onProgress?.(total, total);
  return ok({
    created: createdCount,
    updated: total - createdCount,
    skipped: preview.rows.length - total,
  });
}
