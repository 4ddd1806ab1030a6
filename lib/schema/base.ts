/**
 * The enums and small shapes every other schema is built from, and the error
 * value type. A module of its own so the record schemas (records.ts) can be
 * kept out of the popup's start-up bundle without an import cycle.
 */
import { z } from 'zod/mini';

/** A GUID as Partner Center prints it: 8-4-4-4-12 hex digits, any case. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const GuidSchema = z.string().check(z.regex(GUID_PATTERN));

/** A PartnerID (formerly MPN ID) is numeric; real ones have 6 or 7 digits. */
export const PartnerIdSchema = z.string().check(z.regex(/^\d{1,10}$/));

export const CLOUDS = ['public', 'us-government', 'germany', 'china'] as const;
export const CloudSchema = z.enum(CLOUDS);
export type Cloud = z.infer<typeof CloudSchema>;
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
export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipTypeSchema>;

export const PURPOSES = ['new-relationship', 'additional-partner', 'restore-admin'] as const;
export const PurposeSchema = z.enum(PURPOSES);
export type Purpose = z.infer<typeof PurposeSchema>;

/**
 * What a draft can be for: an invitation's purpose, or a reminder of an open
 * invitation, which is recorded as a follow-up event on that invitation and
 * never becomes an invitation of its own (so `reminder` is no `Purpose`).
 */
export const DRAFT_PURPOSES = [...PURPOSES, 'reminder'] as const;
export const DraftPurposeSchema = z.enum(DRAFT_PURPOSES);
export type DraftPurpose = z.infer<typeof DraftPurposeSchema>;

export const EMAIL_LANGUAGES = ['en', 'nl'] as const;
export const EmailLanguageSchema = z.enum(EMAIL_LANGUAGES);
export type EmailLanguage = z.infer<typeof EmailLanguageSchema>;

export const INVITATION_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'expired',
  'cancelled',
  'removed',
] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

/** How an invitation went out; `other` when Done was chosen without a hand-over (typed by hand, say). */
export const CHANNELS = ['gmail', 'outlook', 'mail-app', 'clipboard', 'other'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const WEBMAILS = ['gmail', 'outlook'] as const;
export const WebmailSchema = z.enum(WEBMAILS);
export type Webmail = z.infer<typeof WebmailSchema>;

export const LINK_VARIANTS = [
  'direct-current',
  'direct-legacy',
  'indirect-documented',
  'indirect-current',
] as const;
export const LinkVariantSchema = z.enum(LINK_VARIANTS);
export type LinkVariant = z.infer<typeof LinkVariantSchema>;

/** Errors are values: a stable code and a sentence the UI shows. */
export interface AppError<Code extends string = string> {
  code: Code;
  message: string;
}
export type Result<T, Code extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: AppError<Code> };
