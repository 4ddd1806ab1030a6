/**
 * The message protocol between extension pages, the background and content
 * scripts. Every request and response has a schema here; receivers parse both.
 */
import { z } from 'zod/mini';

const WebmailSite = z.enum(['gmail', 'outlook']);

/** What the popup (or the context menu) asks a content script to insert. */
export const InsertPayloadSchema = z.object({
  to: z.string(),
  subject: z.string(),
  /** Plain text; every occurrence of `link` (and `gdapLink`) becomes an `<a href>`. */
  text: z.string(),
  /**
   * The sign-off ("Kind regards,\nAnna"), apart from `text`: the page appends it
   * unless the compose window has a signature of its own, so the e-mail signs once.
   */
  closing: z.optional(z.string()),
  link: z.string(),
  gdapLink: z.optional(z.string()),
  /** Pick one compose window after a `several-composes` answer. */
  composeId: z.optional(z.string()),
  /** Context menu: insert into the editable field that was right-clicked. */
  atContextTarget: z.optional(z.boolean()),
});
export type InsertPayload = z.infer<typeof InsertPayloadSchema>;

export const InsertRequestSchema = z.object({
  type: z.literal('insert'),
  payload: InsertPayloadSchema,
});
export const PingRequestSchema = z.object({ type: z.literal('ping') });

/** Background → content script: watch this compose's Send for `invitationId` (send-watch.ts). */
export const WatchSendRequestSchema = z.object({
  type: z.literal('watch-send'),
  composeId: z.string(),
  invitationId: z.string(),
  link: z.string(),
});
export type WatchSendRequest = z.infer<typeof WatchSendRequestSchema>;

export const ContentRequestSchema = z.discriminatedUnion('type', [
  InsertRequestSchema,
  PingRequestSchema,
  WatchSendRequestSchema,
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const INSERT_ERROR_CODES = [
  'no-compose',
  'several-composes',
  'editor-refused',
  'page-changed',
  'invalid-request',
  'unsupported-page',
] as const;
export const InsertErrorCodeSchema = z.enum(INSERT_ERROR_CODES);
export type InsertErrorCode = z.infer<typeof InsertErrorCodeSchema>;

export const ComposeChoiceSchema = z.object({
  id: z.string(),
  /** What the user sees to tell windows apart: recipients or subject. */
  label: z.string(),
});
export type ComposeChoice = z.infer<typeof ComposeChoiceSchema>;

export const InsertOutcomeSchema = z.object({
  ok: z.literal(true),
  site: WebmailSite,
  composeId: z.string(),
  recipient: z.enum(['added', 'already-present', 'not-found']),
  subject: z.enum(['set', 'kept-existing', 'hidden-reply', 'not-found']),
  /** The subject that was already there when it was kept. */
  existingSubject: z.optional(z.string()),
  body: z.enum(['at-caret', 'at-top']),
  /**
   * How the body text went in: `paste` through the editor's own paste path
   * (undoable in roosterjs), `nodes` as DOM nodes announced by `input`, `text`
   * by `execCommand('insertText')` or into a plain field (docs/WEBMAIL.md).
   */
  via: z.enum(['paste', 'nodes', 'text']),
});
export type InsertOutcome = z.infer<typeof InsertOutcomeSchema>;

export const InsertFailureSchema = z.object({
  ok: z.literal(false),
  code: InsertErrorCodeSchema,
  message: z.string(),
  composes: z.optional(z.array(ComposeChoiceSchema)),
});
export type InsertFailure = z.infer<typeof InsertFailureSchema>;

export const InsertResponseSchema = z.discriminatedUnion('ok', [
  InsertOutcomeSchema,
  InsertFailureSchema,
]);
export type InsertResponse = z.infer<typeof InsertResponseSchema>;

export const PingResponseSchema = z.object({
  site: WebmailSite,
  composeCount: z.number(),
});
export type PingResponse = z.infer<typeof PingResponseSchema>;

/** Requests handled by the background service worker. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** Recount the badge now (after Done or a status change). */
  z.object({ type: z.literal('refresh-reminders') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/**
 * The in-compose dialog's requests, from a content script to the background
 * (docs/ARCHITECTURE.md, "How an insert travels"). The page side builds them by
 * hand and checks the answers by hand (lib/messaging/compose-request.ts): no zod
 * there. The background takes the tab from `sender.tab`, never from the message.
 */
/** The clouds and languages a new invitation may have (lib/schema's own lists; a unit test compares). */
const NewCloud = z.enum(['public', 'us-government', 'china']);
const Language = z.enum(['en', 'nl']);

export const DialogOptionsSchema = z.object({
  cloud: NewCloud,
  adminPrivileges: z.boolean(),
  language: Language,
});
export type DialogOptions = z.infer<typeof DialogOptionsSchema>;

const Text = (max: number) => z.string().check(z.maxLength(max));

export const ComposeRequestSchema = z.discriminatedUnion('type', [
  /** Whether a profile exists, and its defaults for a new invitation. */
  z.object({ type: z.literal('compose-defaults') }),
  /** Customers starting with `query`, each with its latest status in words. */
  z.object({ type: z.literal('compose-suggest'), query: Text(200) }),
  /**
   * Build and record the invitation: to a stored customer (`customerId`) or a
   * new one (`name`, `email`). `secondInvitation` is the partner's yes to
   * inviting a customer that accepted already.
   */
  z.object({
    type: z.literal('compose-invite'),
    customerId: z.optional(Text(200)),
    name: z.optional(Text(300)),
    email: z.optional(Text(320)),
    options: DialogOptionsSchema,
    secondInvitation: z.optional(z.boolean()),
  }),
  /** The insert of a hand-over this tab got failed: the draft is taken back. */
  z.object({ type: z.literal('compose-insert-failed'), invitationId: Text(200) }),
  /** The compose window that got `invitationId` was sent while it held the link. */
  z.object({ type: z.literal('compose-sent'), invitationId: Text(200) }),
  /** No profile yet: open the popup's first-use setup. */
  z.object({ type: z.literal('compose-open-setup') }),
  /**
   * From the popup, after its Insert into compose was recorded: the compose
   * `composeId` in tab `tabId` got `invitationId`, so it watches its Send.
   */
  z.object({
    type: z.literal('compose-watch'),
    tabId: z.number(),
    composeId: Text(200),
    invitationId: Text(200),
    link: Text(4000),
  }),
]);
export type ComposeRequest = z.infer<typeof ComposeRequestSchema>;

/** One suggestion in the dialog: the customer and its latest invitation in words. */
export interface ComposeSuggestion {
  id: string;
  name: string;
  email: string;
  /** "Sent 12 days ago · waiting", or '' for a customer without invitations. */
  detail: string;
  /** Its latest invitation was accepted: a second one is asked about first. */
  accepted: boolean;
}

export type ComposeDefaults = { profile: false } | { profile: true; options: DialogOptions };

export type ComposeInviteResponse =
  | { ok: true; invitationId: string; payload: InsertPayload }
  | {
      ok: false;
      code: 'no-profile' | 'invalid' | 'already-accepted' | 'not-found' | 'not-saved';
      message: string;
    };
