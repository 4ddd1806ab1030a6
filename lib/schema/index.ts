/**
 * The single source of every type in the extension. Each schema is written with
 * `zod/mini` (tree-shakable: the popup's JavaScript budget is 30 KB gzip) and each
 * type is `z.infer` of its schema — nowhere else are these shapes declared.
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

export const RELATIONSHIP_TYPES = ['direct', 'indirect'] as const;
export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipTypeSchema>;

export const PURPOSES = ['new-relationship', 'additional-partner', 'restore-admin'] as const;
export const PurposeSchema = z.enum(PURPOSES);
export type Purpose = z.infer<typeof PurposeSchema>;

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

export const CHANNELS = ['gmail', 'outlook', 'mail-app', 'clipboard'] as const;
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

/** Epoch milliseconds. */
const Timestamp = z.number().check(z.int(), z.nonnegative());

/** The partner profile: kept in extension storage (`storage.sync`). */
export const PartnerProfileSchema = z.object({
  tenantId: GuidSchema,
  partnerName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  senderName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  partnerId: z.optional(PartnerIdSchema),
  signature: z.optional(z.string().check(z.maxLength(2000))),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  defaultCloud: z._default(CloudSchema, 'public'),
  defaultLanguage: z._default(EmailLanguageSchema, 'en'),
});
export type PartnerProfile = z.infer<typeof PartnerProfileSchema>;

/** One user-edited e-mail template; must contain the `{link}` placeholder. */
export const TemplateSchema = z.object({
  subject: z.string().check(z.minLength(1), z.maxLength(300)),
  body: z.string().check(z.minLength(1), z.maxLength(20000)),
});
export type Template = z.infer<typeof TemplateSchema>;

/** Settings beside the profile (`storage.sync`), each field with its default. */
export const SettingsSchema = z.object({
  reminderDays: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(365)), 7),
  preferredWebmail: z._default(WebmailSchema, 'gmail'),
  /** Link template per cloud, overriding docs/DOMAIN.md's defaults (hosts are UNCONFIRMED). */
  linkTemplates: z._default(z.partialRecord(CloudSchema, z.string()), {}),
  /** Custom templates keyed `${language}/${purpose}`. */
  templates: z._default(z.record(z.string(), TemplateSchema), {}),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * One dated note on a customer (the details dialog's activity), written by the
 * partner whose profile name is `author`. Older records keep their undated
 * `notes` text beside these; it is shown as the first, undated entry.
 */
export const NoteEntrySchema = z.object({
  at: Timestamp,
  /** The profile's `senderName` when the note was written; '' when no profile was set up. */
  author: z.string().check(z.maxLength(200)),
  text: z.string().check(z.minLength(1), z.maxLength(20000)),
});
export type NoteEntry = z.infer<typeof NoteEntrySchema>;

export const CustomerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  /** `normalizeName(name)`: lower case, no accents, no punctuation; indexed. */
  nameKey: z.string(),
  contactName: z._default(z.string(), ''),
  /** Lower-cased; indexed (empty when unknown). */
  contactEmail: z._default(z.string(), ''),
  /** Lower-cased; indexed (empty when unknown). */
  domain: z._default(z.string(), ''),
  tenantId: z.optional(GuidSchema),
  country: z.optional(z.string()),
  cloud: z._default(CloudSchema, 'public'),
  /** Undated notes from before dated entries (and from CSV imports); kept as written. */
  notes: z._default(z.string(), ''),
  /** Dated notes, oldest first; records from before them have none. */
  noteEntries: z.optional(z.array(NoteEntrySchema)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Customer = z.infer<typeof CustomerSchema>;

export const StatusChangeSchema = z.object({
  status: InvitationStatusSchema,
  at: Timestamp,
  note: z.optional(z.string()),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/**
 * A reminder sent for an open invitation: a dated event on that invitation, not a
 * second invitation (the customer still accepts through the same link).
 */
export const FollowUpSchema = z.object({
  at: Timestamp,
  /** How the reminder went out, when known. */
  channel: z.optional(ChannelSchema),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const InvitationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  customerId: z.string().check(z.minLength(1)),
  relationshipType: RelationshipTypeSchema,
  /** Indirect reseller: the indirect provider's tenant ID. */
  providerTenantId: z.optional(GuidSchema),
  purpose: PurposeSchema,
  cloud: CloudSchema,
  adminPrivileges: z.boolean(),
  gdapLink: z.optional(z.string()),
  link: z.string(),
  language: EmailLanguageSchema,
  subject: z.string(),
  text: z.string(),
  channel: z.optional(ChannelSchema),
  status: InvitationStatusSchema,
  history: z.array(StatusChangeSchema),
  createdAt: Timestamp,
  /** Set when the status becomes `sent` (Done); indexed. */
  sentAt: z.optional(Timestamp),
  /** Reminders sent since, oldest first; records from before reminders have none. */
  followUps: z.optional(z.array(FollowUpSchema)),
});
export type Invitation = z.infer<typeof InvitationSchema>;

/**
 * A customer's latest invitation (sent most recently, a draft counting from its
 * creation), kept by lib/db beside the customer in the `latest` store (version 2).
 * Derived data, never exported: the options page and the reminders read these few
 * fields instead of every invitation with its full e-mail text, which is what keeps
 * the list fast at 100,000 customers (docs/ARCHITECTURE.md, "Budgets").
 */
export const LatestInvitationSchema = z.object({
  customerId: z.string().check(z.minLength(1)),
  invitationId: z.string().check(z.minLength(1)),
  status: InvitationStatusSchema,
  /** The status before the current one, if any: the Status select offers it as an undo. */
  previousStatus: z.optional(InvitationStatusSchema),
  /** When the current status was set. */
  changedAt: Timestamp,
  createdAt: Timestamp,
  sentAt: z.optional(Timestamp),
  adminPrivileges: z.boolean(),
  cloud: CloudSchema,
  purpose: PurposeSchema,
  language: EmailLanguageSchema,
  gdapLink: z.optional(z.string()),
  /** How many invitations the customer has in all. */
  count: z.number().check(z.int(), z.minimum(1)),
  /** The latest invitation's reminders, when it had any: how many, and when the last went out. */
  followUpCount: z.optional(z.number().check(z.int(), z.minimum(1))),
  lastFollowUpAt: z.optional(Timestamp),
});
export type LatestInvitation = z.infer<typeof LatestInvitationSchema>;

/** Errors are values: a stable code and a sentence the UI shows. */
export interface AppError<Code extends string = string> {
  code: Code;
  message: string;
}
export type Result<T, Code extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: AppError<Code> };

/** The JSON backup file (`Export JSON`), versioned. */
export const BACKUP_FORMAT = 'csp-reseller-invitations-backup';
export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  customers: z.array(CustomerSchema),
  invitations: z.array(InvitationSchema),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** The popup's form, kept while the partner works (the popup closes on every blur). */
export const ComposeFormSchema = z.object({
  customerId: z.optional(z.string()),
  customerName: z._default(z.string(), ''),
  contactEmail: z._default(z.string(), ''),
  contactName: z._default(z.string(), ''),
  customerDomain: z._default(z.string(), ''),
  customerCountry: z._default(z.string(), ''),
  cloud: z._default(CloudSchema, 'public'),
  adminPrivileges: z._default(z.boolean(), true),
  relationshipType: z._default(RelationshipTypeSchema, 'direct'),
  providerTenantId: z._default(z.string(), ''),
  purpose: z._default(PurposeSchema, 'new-relationship'),
  language: z._default(EmailLanguageSchema, 'en'),
  gdapLink: z._default(z.string(), ''),
});
export type ComposeForm = z.infer<typeof ComposeFormSchema>;

/**
 * The unfinished invitation (`storage.local`) until Done or an explicit discard.
 * It holds the draft as handed over, so the context menu can insert it without
 * rendering anything.
 */
export const UnfinishedDraftSchema = z.object({
  form: ComposeFormSchema,
  /** True once the partner edited subject or message by hand: then they are kept as typed. */
  edited: z._default(z.boolean(), false),
  subject: z._default(z.string(), ''),
  message: z._default(z.string(), ''),
  link: z._default(z.string(), ''),
  savedAt: Timestamp,
  /**
   * Set when the draft is a reminder for an invitation already sent (the options
   * page's `Send a reminder`): handing it over records a follow-up event on that
   * invitation (lib/db `recordFollowUp`), never a second invitation.
   */
  reminder: z.optional(z.object({ invitationId: z.string().check(z.minLength(1)) })),
});
export type UnfinishedDraft = z.infer<typeof UnfinishedDraftSchema>;

/** The draft as it was handed over (Insert, mail app, Copy), compared with the draft as it stands. */
export const DraftSnapshotSchema = z.object({
  form: ComposeFormSchema,
  subject: z.string(),
  message: z.string(),
  link: z.string(),
});
export type DraftSnapshot = z.infer<typeof DraftSnapshotSchema>;

/** The popup's last hand-over, kept in `storage.local` beside the unfinished draft. */
export const HandedOverSchema = z.object({ channel: ChannelSchema, snapshot: DraftSnapshotSchema });
export type HandedOver = z.infer<typeof HandedOverSchema>;

export * from './messages';
