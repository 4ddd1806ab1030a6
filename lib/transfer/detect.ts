/**
 * The options page has one `Import file` input for three kinds of file; this says
 * which one was picked, from its content (file names are renamed freely).
 */
import Papa from 'papaparse';
import { headerKey } from './csv-columns';

export type ImportKind = 'backup' | 'partner-center' | 'customer-csv';

/** A lone JSON value ("null", "42", "true"): one word, never a CSV with rows. */
const JSON_VALUE = /^(?:null|true|false|-?\d[\d.eE+-]*)\s*$/;

/**
 * A backup is JSON (an object, or anything else JSON, which parseBackup names);
 * Customers.csv has "Microsoft ID" and "Relationship"; anything else is a customer CSV.
 */
export function detectImportKind(text: string): ImportKind {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'backup';
  if (text.length < 4096 && JSON_VALUE.test(head)) return 'backup';
  const firstLine = Papa.parse<string[]>(head, { preview: 1 }).data[0] ?? [];
  const keys = new Set(firstLine.map(headerKey));
  return keys.has('microsoftid') && keys.has('relationship') ? 'partner-center' : 'customer-csv';
}

/**
 * Whether text that failed to parse as JSON reads as a table: at least two lines
 * of the same number (two or more) of cells, and no `"key":` as JSON has. A CSV
 * whose first cell begins with "{" is not a cut-off backup.
 */
export function looksLikeTable(text: string): { columns: number; delimiter: string } | undefined {
  const sample = text.slice(0, 8192);
  if (/^\s*"[^"\n]*"\s*:/m.test(sample)) return undefined;
  const parsed = Papa.parse<string[]>(sample, { preview: 5, delimitersToGuess: [',', ';', '\t'] });
  const rows = parsed.data.filter((r) => r.some((c) => c.trim() !== ''));
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || !rows.every((r) => r.length === width)) return undefined;
  return { columns: width, delimiter: parsed.meta.delimiter };
}
