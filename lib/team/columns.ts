/**
 * The two Microsoft Lists a team shares (docs/MICROSOFT.md, "Team sharing:
 * lists and columns"): typed columns for what people read and filter in
 * SharePoint or Teams, and one hidden column, `CspRecord`, with our record id,
 * the schema version and the record with its per-field change times — the only
 * column the sync reads back. The typed columns are written from it, never read.
 */
import { CLOUDS, INVITATION_STATUSES } from '../schema/base';
import type { Kind } from './docs';
import { isDeleted, type TeamDoc } from './merge';

export const CUSTOMERS_LIST = 'CSP customers';
export const INVITATIONS_LIST = 'CSP invitations';
/** The version of what `CspRecord` holds; a newer one is left alone, not misread. */
export const RECORD_SCHEMA_VERSION = 1;

const text = (name: string, displayName: string) => ({ name, displayName, text: {} });
const note = (name: string, displayName: string) => ({
  name,
  displayName,
  text: { allowMultipleLines: true, textType: 'plain' },
});
const when = (name: string, displayName: string) => ({
  name,
  displayName,
  dateTime: { format: 'dateTime' },
});
const choice = (name: string, displayName: string, choices: readonly string[]) => ({
  name,
  displayName,
  choice: { allowTextEntry: false, choices: [...choices], displayAs: 'dropDownMenu' },
});
const hidden = {
  name: 'CspRecord',
  displayName: 'CSP record (do not edit)',
  hidden: true,
  text: { allowMultipleLines: true, textType: 'plain' },
};

/** The columns of each list, as `POST /sites/{id}/lists` takes them (Title is built in). */
export const COLUMNS: Record<Kind, unknown[]> = {
  customer: [
    text('ContactName', 'Contact'),
    text('ContactEmail', 'Contact e-mail'),
    text('Domain', 'Domain'),
    text('TenantId', 'Tenant ID'),
    text('Country', 'Country'),
    choice('Cloud', 'Cloud', CLOUDS),
    note('Notes', 'Notes'),
    text('ChangedBy', 'Changed by'),
    when('Deleted', 'Deleted'),
    hidden,
  ],
  invitation: [
    text('CustomerName', 'Customer'),
    text('CustomerRecordId', 'Customer record ID'),
    choice('Status', 'Status', INVITATION_STATUSES),
    when('Sent', 'Sent'),
    when('LastReminder', 'Last reminder'),
    text('Purpose', 'Purpose'),
    choice('Cloud', 'Cloud', CLOUDS),
    text('Channel', 'Sent through'),
    text('ChangedBy', 'Changed by'),
    when('Deleted', 'Deleted'),
    hidden,
  ],
};

/** Single-line text columns hold 255 characters; the full value is in CspRecord. */
const line = (value: unknown) => (typeof value === 'string' ? value.slice(0, 255) : '');
const iso = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? new Date(value).toISOString() : null;

export interface CspRecord {
  v: number;
  kind: Kind;
  id: string;
  customerId: string;
  doc: TeamDoc;
}

function notesText(doc: TeamDoc): string {
  const entries = (doc.sets.noteEntries ?? []) as { at: number; author: string; text: string }[];
  const lines = entries.map(
    (e) => `${new Date(e.at).toISOString().slice(0, 16).replace('T', ' ')} ${e.author}: ${e.text}`,
  );
  const old = typeof doc.fields.notes === 'string' && doc.fields.notes ? [doc.fields.notes] : [];
  return [...old, ...lines].join('\n');
}

/** Who made the latest change, for the ChangedBy column. */
function lastBy(doc: TeamDoc): string {
  let best = Number.NEGATIVE_INFINITY;
  let by = '';
  for (const [key, at] of Object.entries(doc.times))
    if (at > best) {
      best = at;
      by = doc.by[key] ?? '';
    }
  if (doc.deletedAt !== undefined && doc.deletedAt > best) by = doc.deletedBy ?? '';
  return by;
}

/** The list item's fields for a record: the typed columns and CspRecord. */
export function itemFields(
  kind: Kind,
  id: string,
  customerId: string,
  doc: TeamDoc,
  customerName: string,
): Record<string, unknown> {
  const f = doc.fields;
  const record: CspRecord = { v: RECORD_SCHEMA_VERSION, kind, id, customerId, doc };
  const common = {
    ChangedBy: line(lastBy(doc)),
    Deleted: isDeleted(doc) ? iso(doc.deletedAt) : null,
    CspRecord: JSON.stringify(record),
  };
  if (kind === 'customer')
    return {
      Title: line(f.name),
      ContactName: line(f.contactName),
      ContactEmail: line(f.contactEmail),
      Domain: line(f.domain),
      TenantId: line(f.tenantId),
      Country: line(f.country),
      Cloud: typeof f.cloud === 'string' ? f.cloud : null,
      Notes: notesText(doc),
      ...common,
    };
  const followUps = (doc.sets.followUps ?? []) as { at: number }[];
  return {
    Title: line(f.subject) || line(customerName),
    CustomerName: line(customerName),
    CustomerRecordId: line(customerId),
    Status: typeof f.status === 'string' ? f.status : null,
    Sent: iso(f.sentAt),
    LastReminder: iso(followUps.at(-1)?.at),
    Purpose: line(f.purpose),
    Cloud: typeof f.cloud === 'string' ? f.cloud : null,
    Channel: line(f.channel),
    ...common,
  };
}

const isRecordOf = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads CspRecord back. Anything but our own shape is refused with a reason (a
 * column edited by hand in SharePoint, a newer extension's schema): that item is
 * left alone, not misread.
 */
export function readCspRecord(raw: unknown, kind: Kind): CspRecord | string {
  if (typeof raw !== 'string' || raw === '') return 'it has no CSP record (added by hand?)';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'its CSP record is not valid JSON (edited by hand?)';
  }
  if (!isRecordOf(parsed)) return 'its CSP record is not an object';
  if (typeof parsed.v !== 'number' || parsed.v > RECORD_SCHEMA_VERSION)
    return `it was written by a newer version of the extension (schema ${String(parsed.v)}); update to read it`;
  if (parsed.kind !== kind) return `it is not a${kind === 'invitation' ? 'n' : ''} ${kind}`;
  if (typeof parsed.id !== 'string' || typeof parsed.customerId !== 'string')
    return 'its CSP record has no id';
  const doc = parsed.doc;
  if (
    !isRecordOf(doc) ||
    !isRecordOf(doc.fields) ||
    !isRecordOf(doc.sets) ||
    !isRecordOf(doc.times) ||
    !isRecordOf(doc.by) ||
    !Object.values(doc.sets).every(Array.isArray) ||
    !Object.values(doc.times).every((t) => typeof t === 'number' && Number.isFinite(t)) ||
    !Object.values(doc.by).every((b) => typeof b === 'string') ||
    (doc.deletedAt !== undefined && typeof doc.deletedAt !== 'number')
  )
    return 'its CSP record has a damaged change history';
  return parsed as unknown as CspRecord;
}
