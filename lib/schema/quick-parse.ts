/**
 * The list's fast path through the schemas. zod cannot compile its parsers in an
 * extension page (the extension CSP forbids `new Function`), and parsing 100,000
 * customers and their summaries one field at a time was the largest part of
 * loading the list (docs/ARCHITECTURE.md, "Budgets"). So a record that is exactly
 * what the schema would give back — every field present with its type, no field
 * the schema does not know, nothing a default would fill — is taken as it is; any
 * other record goes through zod as before, which fills defaults or reports it.
 *
 * The rule this must keep: whatever `quick*` accepts, the schema accepts and gives
 * back unchanged (tests/unit/schema/quick-parse.test.ts checks it over generated
 * records, hostile ones among them). A change to records.ts must change these.
 * lib/db adds the rules that need lib/invitation (record-schema.ts) on top.
 */
import {
  CHANNELS,
  CLOUDS,
  EMAIL_LANGUAGES,
  GUID_PATTERN,
  INVITATION_STATUSES,
  PURPOSES,
  RELATIONSHIP_TYPES,
} from './base';
import { isRecordTime } from './limits';
import {
  type Customer,
  type Invitation,
  RECORD_LIMITS as L,
  type LatestInvitation,
  unsafeNameCharacter,
} from './records';

const STATUS = new Set<unknown>(INVITATION_STATUSES);
const CLOUD = new Set<unknown>(CLOUDS);
const PURPOSE = new Set<unknown>(PURPOSES);
const LANGUAGE = new Set<unknown>(EMAIL_LANGUAGES);
const CHANNEL = new Set<unknown>(CHANNELS);
const RELATIONSHIP = new Set<unknown>(RELATIONSHIP_TYPES);

const CUSTOMER_KEYS = new Set([
  'id',
  'name',
  'nameKey',
  'contactName',
  'contactEmail',
  'domain',
  'tenantId',
  'country',
  'cloud',
  'notes',
  'createdAt',
  'updatedAt',
]);

const LATEST_KEYS = new Set([
  'customerId',
  'invitationId',
  'status',
  'previousStatus',
  'changedAt',
  'createdAt',
  'sentAt',
  'adminPrivileges',
  'cloud',
  'purpose',
  'language',
  'gdapLink',
  'count',
  'followUpCount',
  'lastFollowUpAt',
]);

const INVITATION_KEYS = new Set([
  'id',
  'customerId',
  'relationshipType',
  'providerTenantId',
  'purpose',
  'cloud',
  'adminPrivileges',
  'gdapLink',
  'link',
  'language',
  'subject',
  'text',
  'channel',
  'status',
  'history',
  'createdAt',
  'sentAt',
  'followUps',
]);
const CHANGE_KEYS = new Set(['status', 'at', 'note']);
const FOLLOW_UP_KEYS = new Set(['at', 'channel']);

type Fields = Record<string, unknown>;

function onlyKnownKeys(record: Fields, known: ReadonlySet<string>): boolean {
  for (const key in record) if (!known.has(key)) return false;
  return true;
}

/** Within the record time window (limits.ts), as the schema's Timestamp. */
const isTimestamp = (v: unknown) => typeof v === 'number' && isRecordTime(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isText = (v: unknown, min = 0, max = Infinity) =>
  typeof v === 'string' && v.length >= min && v.length <= max;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;
const isId = (v: unknown) => isText(v, 1, L.id) && !CONTROL.test(v as string);
/** records.ts `nameText`: within its length, no invisible controls, not blank when required. */
const isName = (v: unknown, max: number, required: boolean) =>
  isText(v, 0, max) &&
  (!required || (v as string).trim() !== '') &&
  unsafeNameCharacter(v as string) === undefined;
const isList = (v: unknown, min: number, max: number) =>
  Array.isArray(v) && v.length >= min && v.length <= max;

/** A stored customer the schema would give back unchanged (dated notes take the slow path). */
export function quickCustomer(raw: unknown): raw is Customer {
  if (typeof raw !== 'object' || raw === null) return false;
  const c = raw as Fields;
  return (
    onlyKnownKeys(c, CUSTOMER_KEYS) &&
    isId(c.id) &&
    isName(c.name, L.name, true) &&
    isText(c.nameKey, 0, L.name * 2) &&
    isName(c.contactName, L.contactName, false) &&
    isText(c.contactEmail, 0, L.email) &&
    isText(c.domain, 0, L.domain) &&
    (c.tenantId === undefined || (isText(c.tenantId) && GUID_PATTERN.test(c.tenantId as string))) &&
    (c.country === undefined || (isText(c.country) && /^[A-Z]{2}$/.test(c.country as string))) &&
    CLOUD.has(c.cloud) &&
    isText(c.notes, 0, L.notes) &&
    isTimestamp(c.createdAt) &&
    isTimestamp(c.updatedAt)
  );
}

/** A stored summary the schema would give back unchanged. */
export function quickLatest(raw: unknown): raw is LatestInvitation {
  if (typeof raw !== 'object' || raw === null) return false;
  const l = raw as Fields;
  return (
    onlyKnownKeys(l, LATEST_KEYS) &&
    isText(l.customerId, 1) &&
    isText(l.invitationId, 1) &&
    STATUS.has(l.status) &&
    (l.previousStatus === undefined || STATUS.has(l.previousStatus)) &&
    isTimestamp(l.changedAt) &&
    isTimestamp(l.createdAt) &&
    (l.sentAt === undefined || isTimestamp(l.sentAt)) &&
    typeof l.adminPrivileges === 'boolean' &&
    CLOUD.has(l.cloud) &&
    PURPOSE.has(l.purpose) &&
    LANGUAGE.has(l.language) &&
    (l.gdapLink === undefined || isText(l.gdapLink)) &&
    isCount(l.count) &&
    (l.followUpCount === undefined || isCount(l.followUpCount)) &&
    (l.lastFollowUpAt === undefined || isTimestamp(l.lastFollowUpAt))
  );
}

const isGuid = (v: unknown) => typeof v === 'string' && GUID_PATTERN.test(v);

function everyItem(list: unknown, ok: (item: Fields) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list) {
    if (typeof item !== 'object' || item === null || !ok(item as Fields)) return false;
  }
  return true;
}

/** A stored (or imported) invitation the schema would give back unchanged. */
export function quickInvitation(raw: unknown): raw is Invitation {
  if (typeof raw !== 'object' || raw === null) return false;
  const i = raw as Fields;
  return (
    onlyKnownKeys(i, INVITATION_KEYS) &&
    isId(i.id) &&
    isId(i.customerId) &&
    RELATIONSHIP.has(i.relationshipType) &&
    (i.providerTenantId === undefined || isGuid(i.providerTenantId)) &&
    PURPOSE.has(i.purpose) &&
    CLOUD.has(i.cloud) &&
    typeof i.adminPrivileges === 'boolean' &&
    (i.gdapLink === undefined || isText(i.gdapLink, 0, L.link)) &&
    isText(i.link, 0, L.link) &&
    LANGUAGE.has(i.language) &&
    isText(i.subject, 0, L.subject) &&
    isText(i.text, 0, L.text) &&
    (i.channel === undefined || CHANNEL.has(i.channel)) &&
    STATUS.has(i.status) &&
    isList(i.history, 1, L.historyEntries) &&
    everyItem(
      i.history,
      (c) =>
        onlyKnownKeys(c, CHANGE_KEYS) &&
        STATUS.has(c.status) &&
        isTimestamp(c.at) &&
        (c.note === undefined || isText(c.note, 0, L.historyNote)),
    ) &&
    isTimestamp(i.createdAt) &&
    (i.sentAt === undefined || isTimestamp(i.sentAt)) &&
    (i.followUps === undefined ||
      (isList(i.followUps, 0, L.historyEntries) &&
        everyItem(
          i.followUps,
          (f) =>
            onlyKnownKeys(f, FOLLOW_UP_KEYS) &&
            isTimestamp(f.at) &&
            (f.channel === undefined || CHANNEL.has(f.channel)),
        )))
  );
}
