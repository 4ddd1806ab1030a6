/**
 * Reading Partner Center's Customers.csv (Customers → Export customers): UTF-8
 * with a BOM, quoted commas in names ("Contoso, Ltd."), and these four columns.
 * Only "Microsoft ID" and "Company name" are required: without them the file is
 * some other CSV picked by mistake.
 */
import { headerKey } from './csv-columns';
import { readCsv } from './csv-read';
import { fail, ok, type TransferResult } from './errors';

export const PARTNER_CENTER_COLUMNS = {
  microsoftId: 'Microsoft ID',
  companyName: 'Company name',
  domain: 'Primary domain name',
  relationship: 'Relationship',
} as const;
type Column = keyof typeof PARTNER_CENTER_COLUMNS;

export interface PartnerCenterRow {
  rowNumber: number;
  /** The customer's tenant ID, lower-cased ('' when the cell is empty). */
  microsoftId: string;
  companyName: string;
  /** Lower-cased. */
  domain: string;
  /** E.g. "Cloud Reseller"; shown, not interpreted. */
  relationship: string;
  /**
   * Set for a customer that Partner Center's API lists with another relationship
   * than `reseller` (e.g. `advisor`): its tenant ID is stored, but it has not
   * accepted a reseller invitation (lib/microsoft/acceptance.ts). The CSV has no
   * such column it could be read from, so CSV rows never set it.
   */
  notReseller?: string;
}

export function readPartnerCenterRows(text: string): TransferResult<PartnerCenterRow[]> {
  const table = readCsv(text);
  if (!table.ok) return table;
  const { header, rows } = table.value;
  const indexOf = (c: Column) => {
    const i = header.findIndex((h) => headerKey(h) === headerKey(PARTNER_CENTER_COLUMNS[c]));
    return i < 0 ? undefined : i;
  };
  if (indexOf('microsoftId') === undefined || indexOf('companyName') === undefined) {
    const { microsoftId, companyName } = PARTNER_CENTER_COLUMNS;
    return fail(
      'missing-column',
      `This is not Partner Center's Customers.csv: it needs the columns "${microsoftId}" and "${companyName}"; its columns are: ${header.join(', ')}. Nothing was changed.`,
    );
  }
  const columns = {
    microsoftId: indexOf('microsoftId'),
    companyName: indexOf('companyName'),
    domain: indexOf('domain'),
    relationship: indexOf('relationship'),
  };
  const cell = (cells: string[], c: Column) => {
    const i = columns[c];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  return ok(
    rows.map(({ rowNumber, cells }) => ({
      rowNumber,
      microsoftId: cell(cells, 'microsoftId').toLowerCase(),
      companyName: cell(cells, 'companyName'),
      domain: cell(cells, 'domain').toLowerCase(),
      relationship: cell(cells, 'relationship'),
    })),
  );
}
