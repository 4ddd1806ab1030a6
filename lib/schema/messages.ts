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

export const ContentRequestSchema = z.discriminatedUnion('type', [
  InsertRequestSchema,
  PingRequestSchema,
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
