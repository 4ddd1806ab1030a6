/**
 * One CSV row to a customer's fields, every problem named with the row number
 * ("Row 14: the e-mail address 'x@y' is not valid"). Pure: the preview runs this
 * for every row before anything is written.
 */
import { domainKeyOf, emailKeyOf } from '../db';
import { type Cloud, GUID_PATTERN } from '../schema';
import type { ColumnMap, CustomerField } from './csv-columns';
import type { RowError, RowErrorCode } from './errors';
import { unguardCell } from './formula-guard';

/** The fields a row gives; '' (and `cloud` undefined) means the file leaves it open. */
export interface CustomerFields {
  name: string;
  contactName: string;
  /** Lower-cased, as the database keeps it. */
  contactEmail: string;
  /** Reduced to the host name ("https://www.contoso.com/" → "contoso.com"). */
  domain: string;
  /** Lower-cased GUID. */
  tenantId: string;
  cloud: Cloud | undefined;
  country: string;
  notes: string;
}

const MAX_NAME = 300;
// Deliberately loose: one @, no spaces, a dot in the domain. The mail server is
// the real judge; this catches typing slips and shifted columns.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+${LABEL}$`, 'u');

/** Spellings of the clouds in spreadsheets, compared without case and punctuation. */
const CLOUD_NAMES: Record<string, Cloud> = {
  public: 'public',
  publiccloud: 'public',
  global: 'public',
  commercial: 'public',
  worldwide: 'public',
  usgovernment: 'us-government',
  usgov: 'us-government',
  microsoftcloudforusgovernment: 'us-government',
  gcc: 'us-government',
  germany: 'germany',
  microsoftcloudgermany: 'germany',
  china: 'china',
  '21vianet': 'china',
  // As Export CSV writes them (csv-labels.ts), in English and Dutch.
  china21vianet: 'china',
  openbaar: 'public',
  duitsland: 'germany',
};

function quoted(value: string): string {
  return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
}

function cell(cells: readonly string[], map: ColumnMap, field: CustomerField): string {
  const index = map.columns[field];
  return index === undefined ? '' : unguardCell((cells[index] ?? '').trim());
}

export function readCustomerRow(
  rowNumber: number,
  cells: readonly string[],
  map: ColumnMap,
): { fields: CustomerFields; errors: RowError[] } {
  const errors: RowError[] = [];
  const problem = (code: RowErrorCode, text: string) =>
    errors.push({ code, message: `Row ${rowNumber}: ${text}` });

  const name = cell(cells, map, 'name');
  if (name === '') problem('missing-name', 'the customer name is empty.');
  else if (name.length > MAX_NAME) {
    problem('too-long', `the customer name is longer than ${MAX_NAME} characters.`);
  }

  const rawEmail = cell(cells, map, 'contactEmail');
  const contactEmail = emailKeyOf(rawEmail.replace(/^mailto:/i, ''));
  if (contactEmail !== '' && !EMAIL.test(contactEmail)) {
    problem('invalid-email', `the e-mail address ${quoted(rawEmail)} is not valid.`);
  }

  const rawDomain = cell(cells, map, 'domain');
  const domain = domainKeyOf(rawDomain);
  if (domain !== '' && !DOMAIN.test(domain)) {
    problem('invalid-domain', `the domain ${quoted(rawDomain)} is not a domain name.`);
  }

  const rawTenant = cell(cells, map, 'tenantId');
  const tenantId = rawTenant.replace(/^\{(.*)\}$/, '$1').toLowerCase();
  if (tenantId !== '' && !GUID_PATTERN.test(tenantId)) {
    problem('invalid-tenant-id', `the tenant ID ${quoted(rawTenant)} is not a GUID.`);
  }

  const rawCloud = cell(cells, map, 'cloud');
  const cloud = CLOUD_NAMES[rawCloud.toLowerCase().replace(/[^a-z0-9]+/g, '')];
  if (rawCloud !== '' && cloud === undefined) {
    problem(
      'invalid-cloud',
      `the cloud ${quoted(rawCloud)} is unknown (public, US Government, Germany or China).`,
    );
  }

  return {
    fields: {
      name,
      contactName: cell(cells, map, 'contactName'),
      contactEmail,
      domain,
      tenantId,
      cloud,
      country: cell(cells, map, 'country'),
      notes: cell(cells, map, 'notes'),
    },
    errors,
  };
}
