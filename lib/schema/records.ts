/**
 * The stored records: customers, invitations, their latest-invitation summary,
 * and the backup file. Shape and limits only; lib/db adds the rules that need
 * lib/invitation (record-schema.ts) and reads and writes every record through
 * both. Its own module, loaded only by what stores or reads records: zod builds
 * these at start-up, which the popup does not need before Done (its start-up
 * JavaScript is budgeted at 30 KB gzip).
 */
import { z } from 'zod/mini';
import {
  ChannelSchema,
  CloudSchema,
  EmailLanguageSchema,
  GuidSchema,
  InvitationStatusSchema,
  PurposeSchema,
  RelationshipTypeSchema,
} from './base';
import { rule, TimestampSchema as Timestamp } from './limits';

/**
 * What a record may hold: the lengths the UI's own fields allow, in UTF-16
 * units as `maxLength` counts them. A backup or a CSV row is not trusted more
 * than a form (a 1 MB contact name was imported).
 */
export const RECORD_LIMITS = {
  /** Ours are UUIDs (36); backups of other builds used short ids such as `c-1`. */
  id: 128,
  /** The popup's customer-name and contact-name fields. */
  name: 300,
  contactName: 300,
  /** RFC 5321's longest forward path, and the longest DNS name. */
  email: 254,
  domain: 253,
  /** The options page's Notes text box. */
  notes: 20_000,
  /** A subject template (300) with a customer name (300) and a partner name (200) filled in. */
  subject: 1_000,
  /** A body template (20,000) with names, links and a signature (2,000) filled in, twice over. */
  text: 40_000,
  /** Longer links get cut by mail apps (lib/invitation/mailto.ts). */
  link: 2_048,
  historyEntries: 1_000,
  /** Dated notes on one customer, and their author (the profile's sender name). */
  noteEntries: 1_000,
  noteAuthor: 200,
  historyNote: 300,
} as const;

const L = RECORD_LIMITS;

/**
 * Characters that make a one-line name read differently than it is written:
 * C0 and C1 controls (line breaks, NUL, …) and the Unicode bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069). "Contoso ‮gnp.exe‬ BV"
 * shows as "Contoso exe.png BV". Right-to-left names need none of these.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The first unsafe character as "U+202E", or undefined. */
export function unsafeNameCharacter(text: string): string | undefined {
  const found = UNSAFE_IN_NAME.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A one-line name: at most `max` characters, none of them invisible controls. */
export function nameText(max: number, { required }: { required: boolean }) {
  return z.string().check(
    z.maxLength(max),
    rule<string>((value) => {
      if (required && value.trim() === '') return 'is empty';
      const bad = unsafeNameCharacter(value);
      return bad
        ? `contains an invisible control or text-direction character (${bad}), which can make it read differently than written`
        : undefined;
    }),
  );
}

/** An id: 1 to 128 characters, no controls. */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(L.id),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  z.regex(/^[^\u0000-\u001f\u007f]+$/),
);

/**
 * One dated note on a customer (the details dialog's activity), written by the
 * partner whose profile name is `author`. Older records keep their undated
 * `notes` text beside these; it is shown as the first, undated entry.
 */
export const NoteEntrySchema = z.object({
  at: Timestamp,
  /** The profile's `senderName` when the note was written; '' when no profile was set up. */
  author: nameText(L.noteAuthor, { required: false }),
  text: z.string().check(z.minLength(1), z.maxLength(L.notes)),
});
export type NoteEntry = z.infer<typeof NoteEntrySchema>;

/**
 * The shape and limits of a customer. lib/db adds the rules that need
 * lib/invitation (e-mail address and domain as the popup checks them) and reads
 * and writes every record through both.
 */
export const CustomerSchema = z.object({
  id: IdSchema,
  name: nameText(L.name, { required: true }),
  /** `normalizeName(name)`: lower case, no accents, no punctuation; indexed. */
  nameKey: z.string().check(z.maxLength(L.name * 2)),
  contactName: z._default(nameText(L.contactName, { required: false }), ''),
  /** Lower-cased; indexed (empty when unknown). */
  contactEmail: z._default(z.string().check(z.maxLength(L.email)), ''),
  /** Lower-cased; indexed (empty when unknown). */
  domain: z._default(z.string().check(z.maxLength(L.domain)), ''),
  tenantId: z.optional(GuidSchema),
  /** ISO 3166-1 alpha-2, upper case, as the popup stores it. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  cloud: z._default(CloudSchema, 'public'),
  /** Undated notes from before dated entries (and from CSV imports); kept as written. */
  notes: z._default(z.string().check(z.maxLength(L.notes)), ''),
  /** Dated notes, oldest first; records from before them have none. */
  noteEntries: z.optional(z.array(NoteEntrySchema).check(z.maxLength(L.noteEntries))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Customer = z.infer<typeof CustomerSchema>;

export const StatusChangeSchema = z.object({
  status: InvitationStatusSchema,
  at: Timestamp,
  note: z.optional(z.string().check(z.maxLength(L.historyNote))),
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

/** The shape and limits of an invitation; lib/db adds the link rules (lib/invitation). */
export const InvitationSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  relationshipType: RelationshipTypeSchema,
  /** Indirect reseller: the indirect provider's tenant ID. */
  providerTenantId: z.optional(GuidSchema),
  purpose: PurposeSchema,
  cloud: CloudSchema,
  adminPrivileges: z.boolean(),
  gdapLink: z.optional(z.string().check(z.maxLength(L.link))),
  link: z.string().check(z.maxLength(L.link)),
  language: EmailLanguageSchema,
  subject: z.string().check(z.maxLength(L.subject)),
  text: z.string().check(z.maxLength(L.text)),
  channel: z.optional(ChannelSchema),
  status: InvitationStatusSchema,
  history: z.array(StatusChangeSchema).check(z.minLength(1), z.maxLength(L.historyEntries)),
  createdAt: Timestamp,
  /** Set when the status becomes `sent` (Done); indexed. */
  sentAt: z.optional(Timestamp),
  /** Reminders sent since, oldest first; records from before reminders have none. */
  followUps: z.optional(z.array(FollowUpSchema).check(z.maxLength(L.historyEntries))),
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

/** The JSON backup file (`Export JSON`), versioned. */
export const BACKUP_FORMAT = 'csp-reseller-invitations-backup';
export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().check(z.maxLength(64)),
  customers: z.array(CustomerSchema),
  invitations: z.array(InvitationSchema),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;
