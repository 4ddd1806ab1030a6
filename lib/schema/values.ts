/**
 * The values every schema is built from (the enums' members, the GUID pattern)
 * and the error value type, without zod: the popup's start-up code uses them and
 * must not build a schema before its first paint (docs/ARCHITECTURE.md, "Popup
 * start-up"). base.ts builds the enums' schemas from these.
 */

/** A GUID as Partner Center prints it: 8-4-4-4-12 hex digits, any case. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A PartnerID (formerly MPN ID) is numeric; real ones have 6 or 7 digits. */
export const PARTNER_ID_PATTERN = /^\d{1,10}$/;

export const CLOUDS = ['public', 'us-government', 'germany', 'china'] as const;
export type Cloud = (typeof CLOUDS)[number];
/**
 * The clouds a new invitation may be for: Microsoft Cloud Germany closed in
 * October 2021 (docs/DOMAIN.md), so it stays readable in old records only.
 */
export const CLOUDS_FOR_NEW_INVITATIONS = [
  'public',
  'us-government',
  'china',
] as const satisfies readonly Cloud[];

export const RELATIONSHIP_TYPES = ['direct', 'indirect'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const PURPOSES = ['new-relationship', 'additional-partner', 'restore-admin'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * What a draft can be for: an invitation's purpose, or a reminder of an open
 * invitation, which is recorded as a follow-up event on that invitation and
 * never becomes an invitation of its own (so `reminder` is no `Purpose`).
 */
export const DRAFT_PURPOSES = [...PURPOSES, 'reminder'] as const;
export type DraftPurpose = (typeof DRAFT_PURPOSES)[number];

export const EMAIL_LANGUAGES = ['en', 'nl'] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];

export const INVITATION_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'expired',
  'cancelled',
  'removed',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** How an invitation went out; `other` when Done was chosen without a hand-over (typed by hand, say). */
export const CHANNELS = ['gmail', 'outlook', 'mail-app', 'clipboard', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const WEBMAILS = ['gmail', 'outlook'] as const;
export type Webmail = (typeof WEBMAILS)[number];

export const LINK_VARIANTS = [
  'direct-current',
  'direct-legacy',
  'indirect-documented',
  'indirect-current',
] as const;
export type LinkVariant = (typeof LINK_VARIANTS)[number];

/** Whether `value` is one of `members` (an enum's values above), as its schema would say. */
export function isOneOf<const T extends readonly string[]>(
  members: T,
  value: unknown,
): value is T[number] {
  return typeof value === 'string' && (members as readonly string[]).includes(value);
}

/** Errors are values: a stable code and a sentence the UI shows. */
export interface AppError<Code extends string = string> {
  code: Code;
  message: string;
}
export type Result<T, Code extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: AppError<Code> };
