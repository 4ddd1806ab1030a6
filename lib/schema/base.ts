/**
 * The enums' and small shapes' schemas every other schema is built from. A
 * module of its own so the record schemas (records.ts) can be kept out of the
 * popup's start-up bundle without an import cycle; their values (values.ts) are
 * kept apart again, so that the popup's start-up code builds no schema at all.
 */
import { z } from 'zod/mini';
import {
  CHANNELS,
  CLOUDS,
  DRAFT_PURPOSES,
  EMAIL_LANGUAGES,
  GUID_PATTERN,
  INVITATION_STATUSES,
  LINK_VARIANTS,
  PARTNER_ID_PATTERN,
  PURPOSES,
  RELATIONSHIP_TYPES,
  WEBMAILS,
} from './values';

export * from './values';

export const GuidSchema = z.string().check(z.regex(GUID_PATTERN));
export const PartnerIdSchema = z.string().check(z.regex(PARTNER_ID_PATTERN));
export const CloudSchema = z.enum(CLOUDS);
export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);
export const PurposeSchema = z.enum(PURPOSES);
export const DraftPurposeSchema = z.enum(DRAFT_PURPOSES);
export const EmailLanguageSchema = z.enum(EMAIL_LANGUAGES);
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export const ChannelSchema = z.enum(CHANNELS);
export const WebmailSchema = z.enum(WEBMAILS);
export const LinkVariantSchema = z.enum(LINK_VARIANTS);
