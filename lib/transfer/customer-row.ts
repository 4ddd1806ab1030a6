/**
 * One CSV row to a customer's fields, every problem named with the row number
 * ("Row 14: the e-mail address 'x@y' is not valid"). Pure: the preview runs this
 * for every row before anything is written.
 */
import { domainKeyOf, emailKeyOf } from '../db';
import { isWellFormedDomain, isWellFormedEmail, lookAlikeDomain } from '../invitation';
import { type Cloud, GUID_PATTERN } from '../schema';
import { RECORD_LIMITS, unsafeNameCharacter } from '../schema/records';
import type { ColumnMap, CustomerField } from './csv-columns';
import type { RowError, RowErrorCode, RowWarning } from './errors';
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
): { fields: CustomerFields; errors: RowError[]; warnings: RowWarning[] } {
  const errors: RowError[] = [];
  const problem = (code: RowErrorCode, text: string) =>
    errors.push({ code, message: `Row ${rowNumber}: ${text}` });
  // The same limits and rules as the popup and lib/schema: a row is not trusted more than a form.
  const text = (field: CustomerField, label: string, max: number) => {
    const value = cell(cells, map, field);
    const bad = unsafeNameCharacter(value);
    if (value.length > max) problem('too-long', `the ${label} is longer than ${max} characters.`);
    else if (bad && field !== 'notes') {
      problem(
        'invisible-character',
        `the ${label} contains an invisible control or text-direction character (${bad}), which can make it read differently than written.`,
      );
    }
    return value;
  };

  const name = text('name', 'customer name', RECORD_LIMITS.name);
  if (name === '') problem('missing-name', 'the customer name is empty.');
  const contactName = text('contactName', 'contact name', RECORD_LIMITS.contactName);
  const notes = text('notes', 'notes', RECORD_LIMITS.notes);

  const rawEmail = cell(cells, map, 'contactEmail');
  const contactEmail = emailKeyOf(rawEmail.replace(/^mailto:/i, ''));
  // Well formed as the popup wants it; a typo ("gmial.com") is the file's answer to "keep as typed".
  if (contactEmail !== '' && !isWellFormedEmail(contactEmail)) {
    problem('invalid-email', `the e-mail address ${quoted(rawEmail)} is not valid.`);
  }

  const rawDomain = cell(cells, map, 'domain');
  const domain = domainKeyOf(rawDomain);
  if (domain !== '' && !isWellFormedDomain(domain)) {
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

  const rawCountry = cell(cells, map, 'country');
  const country = rawCountry.toUpperCase();
  if (country !== '' && !/^[A-Z]{2}$/.test(country)) {
    problem(
      'invalid-country',
      `the country ${quoted(rawCountry)} is not a two-letter code such as NL.`,
    );
  }

  return {
    fields: { name, contactName, contactEmail, domain, tenantId, cloud, country, notes },
    errors,
    warnings: lookAlikeWarnings(rowNumber, contactEmail, domain),
  };
}

/** Look-alike domains are imported (they may be real) but named in the preview. */
function lookAlikeWarnings(rowNumber: number, email: string, domain: string): RowWarning[] {
  const found = [lookAlikeDomain(email), lookAlikeDomain(domain)].filter((w) => w !== undefined);
  const unique = found.filter((w, i) => found.findIndex((o) => o.domain === w.domain) === i);
  return unique.map((w) => ({ code: w.code, message: `Row ${rowNumber}: ${w.message}` }));
}
