/**
 * The options page has one `Import file` input for three kinds of file; this says
 * which one was picked, from its content (file names are renamed freely).
 */
import Papa from 'papaparse';
import { headerKey } from './csv-columns';

export type ImportKind = 'backup' | 'partner-center' | 'customer-csv';

/** A backup is JSON; Customers.csv has "Microsoft ID" and "Relationship"; anything else is a customer CSV. */
export function detectImportKind(text: string): ImportKind {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'backup';
  const firstLine = Papa.parse<string[]>(head, { preview: 1 }).data[0] ?? [];
  const keys = new Set(firstLine.map(headerKey));
  return keys.has('microsoftid') && keys.has('relationship') ? 'partner-center' : 'customer-csv';
}
