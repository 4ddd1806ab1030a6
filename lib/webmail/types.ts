/**
 * The one interface every webmail adapter implements (Mailvelope's provider map,
 * STYLE.md). Adapters take the `document` (or an element of it) as a parameter so
 * unit tests hand in fixtures; no adapter imports another.
 */
import type { InsertOutcome, Webmail } from '../schema';

/** What a prefilled new compose (a deep link) carries: plain text only. */
export interface ComposePrefill {
  to: string;
  subject: string;
  body: string;
}

export interface ComposeUrlOptions {
  /** Outlook: the host of an open Outlook tab, so work and personal accounts keep theirs. */
  host?: string;
  /** Gmail: the signed-in account's index (`/mail/u/N/`). */
  account?: number;
}

/** The text to insert and the URLs in it that become `<a href>`. */
export interface BodyContent {
  text: string;
  links: string[];
}

export type RecipientStatus = InsertOutcome['recipient'];
export type SubjectResult = Pick<InsertOutcome, 'subject' | 'existingSubject'>;
export type BodyResult = { ok: true; body: InsertOutcome['body'] } | { ok: false };

/** Runs a function later, bound to the content script's lifetime (`ctx.setTimeout`). */
export type Later = (run: () => void, ms?: number) => void;

export interface WebmailAdapter {
  readonly site: Webmail;
  /** Is `doc` (at `location`) this webmail? By host, or by fingerprint for custom domains. */
  detect(location: Pick<Location, 'hostname'>, doc: Document): boolean;
  /** Every open compose window's root element, in document order. */
  findComposes(doc: Document): HTMLElement[];
  /** The compose root holding `el`, if `el` is inside one. */
  composeOf(el: Element): HTMLElement | null;
  /** The rich-text body of a compose window. */
  bodyOf(compose: HTMLElement): HTMLElement | null;
  /** The compose body `el` is in (a cheap `closest`, run on selection changes). */
  bodyAround(el: Element): HTMLElement | null;
  /** A short text telling compose windows apart (recipients, subject). */
  label(compose: HTMLElement): string;
  /** Adds `address` as a recipient chip unless it is there already. */
  setRecipient(compose: HTMLElement, address: string): RecipientStatus;
  /** Sets the subject when it is visible and empty; never touches an inline reply's. */
  setSubject(compose: HTMLElement, subject: string): SubjectResult;
  /** Inserts at `caret` (a remembered Range, checked here) or at the top, above signature and quote. */
  insertBody(
    compose: HTMLElement,
    content: BodyContent,
    caret: Range | undefined,
    later: Later,
  ): BodyResult;
  /** A URL that opens a new compose window prefilled with `prefill`. */
  composeUrl(prefill: ComposePrefill, options?: ComposeUrlOptions): string;
}
