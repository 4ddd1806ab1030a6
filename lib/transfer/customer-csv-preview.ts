/**
 * The CSV import's first step: every row read, checked and matched, nothing
 * written. The options page shows this preview (per-row errors, duplicates, what
 * will be new and what updated); `applyCustomerCsv` then writes it in one go.
 */
import { exportAll } from '../db';
import type { Customer } from '../schema';
import { type ColumnMap, mapColumns, NAME_HEADER_EXAMPLES } from './csv-columns';
import { type CsvTable, readCsv } from './csv-read';
import { CustomerMatcher, type MatchedBy, matchKeysOf } from './customer-matcher';
import { type CustomerFields, readCustomerRow } from './customer-row';
import { fail, ok, type RowError, type RowWarning, type TransferResult } from './errors';
import { forEachSliced, type ProgressCallback } from './progress';

export type PreviewStatus = 'new' | 'update' | 'duplicate-in-file' | 'error';

export interface PreviewRow {
  rowNumber: number;
  customer: CustomerFields;
  status: PreviewStatus;
  errors: RowError[];
  /** Imported, but worth a look: a look-alike mail domain. */
  warnings: RowWarning[];
  /** `update`: the stored customer the row updates, and the key that matched it. */
  existing?: Customer;
  matchedBy?: MatchedBy;
  /** `duplicate-in-file`: the earlier row this one repeats (that row is imported, this one not). */
  duplicateOf?: number;
}

export interface PreviewSummary {
  total: number;
  new: number;
  update: number;
  duplicateInFile: number;
  error: number;
  /** Rows with a look-alike mail domain (imported, but worth a look). */
  warned: number;
  /** Columns the import does not use (e.g. "Latest status" of our own export). */
  ignoredColumns: string[];
}

export interface CustomerCsvPreview {
  rows: PreviewRow[];
  summary: PreviewSummary;
}

export interface PreviewOptions {
  onProgress?: ProgressCallback;
}

interface FileCustomer extends CustomerFields {
  rowNumber: number;
}

/**
 * The pure part: rows against the customers already stored. A row that repeats an
 * earlier row — or matches the same stored customer as an earlier row — is a
 * duplicate: only the first is imported, so no customer is written twice.
 */
export async function buildCustomerCsvPreview(
  table: CsvTable,
  map: ColumnMap,
  stored: readonly Customer[],
  onProgress?: ProgressCallback,
): Promise<CustomerCsvPreview> {
  const known = new CustomerMatcher<Customer>(stored);
  const inFile = new CustomerMatcher<FileCustomer>();
  const claimedBy = new Map<string, number>();
  const rows: PreviewRow[] = [];

  await forEachSliced(
    table.rows,
    ({ rowNumber, cells }) => {
      const { fields, errors, warnings } = readCustomerRow(rowNumber, cells, map);
      const row: PreviewRow = { rowNumber, customer: fields, status: 'error', errors, warnings };
      rows.push(row);
      if (errors.length) return;

      const keys = matchKeysOf(fields);
      const earlier = inFile.find(fields, keys);
      const match = earlier ? undefined : known.find(fields, keys);
      const claimant = match && claimedBy.get(match.item.id);
      if (earlier || claimant !== undefined) {
        row.status = 'duplicate-in-file';
        row.duplicateOf = earlier?.item.rowNumber ?? claimant;
      } else if (match) {
        Object.assign(row, { status: 'update', existing: match.item, matchedBy: match.by });
        claimedBy.set(match.item.id, rowNumber);
      } else {
        row.status = 'new';
      }
      if (row.status !== 'duplicate-in-file') inFile.add({ ...fields, rowNumber }, keys);
    },
    onProgress,
  );
  return { rows, summary: summarize(rows, map.ignored) };
}

function summarize(rows: readonly PreviewRow[], ignoredColumns: string[]): PreviewSummary {
  const count = (status: PreviewStatus) => rows.filter((r) => r.status === status).length;
  return {
    total: rows.length,
    new: count('new'),
    update: count('update'),
    duplicateInFile: count('duplicate-in-file'),
    error: count('error'),
    warned: rows.filter((r) => r.warnings.length > 0).length,
    ignoredColumns,
  };
}

/**
 * Reads and checks a customer CSV. A file that cannot be read as a whole (too
 * large, malformed, no name column) is an error and nothing else; a readable file
 * gives a preview in which each row carries its own errors.
 */
export async function previewCustomerCsv(
  text: string,
  { onProgress }: PreviewOptions = {},
): Promise<TransferResult<CustomerCsvPreview>> {
  const table = readCsv(text);
  if (!table.ok) return table;
  const map = mapColumns(table.value.header);
  if (map.columns.name === undefined) {
    const found = table.value.header.filter(Boolean).join(', ') || 'none';
    return fail(
      'missing-column',
      `The file has no column with the customer name (such as ${NAME_HEADER_EXAMPLES.join(', ')}); its columns are: ${found}. Nothing was imported.`,
    );
  }
  // One read of the whole store, then only Map lookups (see customer-matcher.ts).
  const all = await exportAll();
  if (!all.ok) return all;
  return ok(await buildCustomerCsvPreview(table.value, map, all.value.customers, onProgress));
}
