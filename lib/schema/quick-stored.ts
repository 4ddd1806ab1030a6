/**
 * The popup's start-up path through the storage schemas (stored.ts), without
 * zod: building zod and the schemas cost the popup about 5 ms before its first
 * paint, a tenth of the time a blank page takes to open (docs/ARCHITECTURE.md,
 * "Popup start-up"). What the extension saved is exactly what the schema gave
 * back (lib/storage parses before it writes), so a stored value that is that —
 * every field present with its type, no field the schema does not know, nothing
 * a default would fill — is taken as it is; any other value goes through the
 * schema, which lib/storage's start-up reads then load.
 *
 * The rule this must keep, as quick-parse.ts's: whatever `quick*` accepts, the
 * schema accepts and gives back unchanged (tests/unit/schema/quick-stored.test.ts
 * checks it over generated values). A change to stored.ts must change these.
 */
import type { ComposeForm, PartnerProfile, Settings, UnfinishedDraft } from './stored';
import {
  CLOUDS,
  DRAFT_PURPOSES,
  EMAIL_LANGUAGES,
  GUID_PATTERN,
  isOneOf,
  PARTNER_ID_PATTERN,
  RELATIONSHIP_TYPES,
} from './values';

type Fields = Record<string, unknown>;

const PROFILE_KEYS = new Set([
  'tenantId',
  'partnerName',
  'senderName',
  'partnerId',
  'signature',
  'country',
  'defaultCloud',
  'defaultLanguage',
]);

const FORM_KEYS = new Set([
  'customerId',
  'customerName',
  'contactEmail',
  'contactName',
  'customerDomain',
  'customerCountry',
  'cloud',
  'adminPrivileges',
  'relationshipType',
  'providerTenantId',
  'purpose',
  'language',
  'gdapLink',
  'openInvitationId',
  'openInvitationLink',
  'openInvitationSentAt',
]);

const DRAFT_KEYS = new Set(['form', 'edited', 'subject', 'message', 'link', 'closing', 'savedAt']);

function isObjectWith(raw: unknown, known: ReadonlySet<string>): raw is Fields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  for (const key in raw) if (!known.has(key)) return false;
  return true;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isText = (v: unknown, max: number): v is string => isString(v) && v.length <= max;
/** stored.ts's trimmed names: as the schema's trim leaves them, 1 to 200 characters. */
const isTrimmedName = (v: unknown) => isText(v, 200) && v.length >= 1 && v === v.trim();
/** stored.ts's Timestamp: whole epoch milliseconds within JavaScript's date range. */
const isTimestamp = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8.64e15;

/** A stored profile PartnerProfileSchema would give back unchanged. */
export function quickProfile(raw: unknown): raw is PartnerProfile {
  if (!isObjectWith(raw, PROFILE_KEYS)) return false;
  return (
    isString(raw.tenantId) &&
    GUID_PATTERN.test(raw.tenantId) &&
    isTrimmedName(raw.partnerName) &&
    isTrimmedName(raw.senderName) &&
    optional(raw.partnerId, (v) => isString(v) && PARTNER_ID_PATTERN.test(v)) &&
    optional(raw.signature, (v) => isText(v, 2000)) &&
    optional(raw.country, (v) => isString(v) && /^[A-Z]{2}$/.test(v)) &&
    isOneOf(CLOUDS, raw.defaultCloud) &&
    isOneOf(EMAIL_LANGUAGES, raw.defaultLanguage)
  );
}

/** A stored compose form ComposeFormSchema would give back unchanged. */
export function quickComposeForm(raw: unknown): raw is ComposeForm {
  if (!isObjectWith(raw, FORM_KEYS)) return false;
  return (
    optional(raw.customerId, isString) &&
    isString(raw.customerName) &&
    isString(raw.contactEmail) &&
    isString(raw.contactName) &&
    isString(raw.customerDomain) &&
    isString(raw.customerCountry) &&
    isOneOf(CLOUDS, raw.cloud) &&
    typeof raw.adminPrivileges === 'boolean' &&
    isOneOf(RELATIONSHIP_TYPES, raw.relationshipType) &&
    isString(raw.providerTenantId) &&
    isOneOf(DRAFT_PURPOSES, raw.purpose) &&
    isOneOf(EMAIL_LANGUAGES, raw.language) &&
    isString(raw.gdapLink) &&
    optional(raw.openInvitationId, isString) &&
    optional(raw.openInvitationLink, isString) &&
    optional(raw.openInvitationSentAt, isTimestamp)
  );
}

/** A stored unfinished draft UnfinishedDraftSchema would give back unchanged. */
export function quickUnfinishedDraft(raw: unknown): raw is UnfinishedDraft {
  if (!isObjectWith(raw, DRAFT_KEYS)) return false;
  return (
    quickComposeForm(raw.form) &&
    typeof raw.edited === 'boolean' &&
    isString(raw.subject) &&
    isString(raw.message) &&
    isString(raw.link) &&
    optional(raw.closing, isString) &&
    isTimestamp(raw.savedAt)
  );
}

/** The settings before any is read: SettingsSchema's defaults, as `parse({})` gives them. */
export function defaultSettings(): Settings {
  return { reminderDays: 7, preferredWebmail: 'gmail', linkTemplates: {}, templates: {} };
}
