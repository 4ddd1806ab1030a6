/**
 * What extension storage holds (lib/storage): the partner profile, the settings,
 * the popup's unfinished draft and its last hand-over. Apart from the message
 * schemas (messages.ts) so that what parses these need not build those too. The
 * popup's start-up builds neither: it reads what the extension saved without
 * zod (quick-stored.ts, which must change with this module), and loads these
 * after its first paint (docs/ARCHITECTURE.md, "Popup start-up").
 */
import { z } from 'zod/mini';
import {
  ChannelSchema,
  CloudSchema,
  DraftPurposeSchema,
  EmailLanguageSchema,
  GuidSchema,
  PartnerIdSchema,
  RelationshipTypeSchema,
  WebmailSchema,
} from './base';

/**
 * Epoch milliseconds within JavaScript's date range, so formatting never throws.
 * Stored records are held to a narrower window (limits.ts).
 */
const Timestamp = z.number().check(z.int(), z.minimum(0), z.maximum(8.64e15));

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
  purpose: z._default(DraftPurposeSchema, 'new-relationship'),
  language: z._default(EmailLanguageSchema, 'en'),
  gdapLink: z._default(z.string(), ''),
  /**
   * The picked customer's open invitation (sent, waiting), which a `reminder`
   * follows up: its id, its link (the reminder carries the same one) and when
   * it was sent. Flat fields, so forms compare field by field.
   */
  openInvitationId: z.optional(z.string()),
  openInvitationLink: z.optional(z.string()),
  openInvitationSentAt: z.optional(Timestamp),
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
  /**
   * The sign-off as rendered ("Kind regards,\nAnna"), so that the context menu's
   * insert sends it apart from the message as the popup does (lib/invitation
   * sign-off.ts); absent in drafts saved by earlier versions.
   */
  closing: z.optional(z.string()),
  savedAt: Timestamp,
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

/**
 * The popup's last hand-over, kept in `storage.local` beside the unfinished draft.
 * A new invitation is saved as a `draft` record at once (`invitationId`, once the
 * write went through); a reminder is recorded only when sent (`openInvitationId`
 * of the snapshot's form names the invitation it follows up).
 */
export const HandedOverSchema = z.object({
  channel: ChannelSchema,
  snapshot: DraftSnapshotSchema,
  /** When it was handed over (epoch ms); absent in hand-overs stored by earlier versions. */
  at: z.optional(Timestamp),
  /** The `draft` invitation record the hand-over saved. */
  invitationId: z.optional(z.string()),
});
export type HandedOver = z.infer<typeof HandedOverSchema>;
