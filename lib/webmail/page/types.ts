/**
 * The one interface every webmail adapter implements (one provider object per
 * site, all with the same methods: docs/ARCHITECTURE.md). Adapters take the `document` (or an element of it) as a parameter so
 * unit tests hand in fixtures; no adapter imports another.
 */
import type { InsertOutcome, Webmail } from '../../schema';

/** The text to insert and the URLs in it that become `<a href>`. */
export interface BodyContent {
  text: string;
  links: string[];
}

export type RecipientStatus = InsertOutcome['recipient'];
export type SubjectResult = Pick<InsertOutcome, 'subject' | 'existingSubject'>;
export type BodyResult =
  | { ok: true; body: InsertOutcome['body']; via: InsertOutcome['via'] }
  | { ok: false };

/** Runs a function after `ms`, bound to the content script's lifetime. */
export type Defer = (run: () => void, ms?: number) => void;

/** Resolves after the page's next frame (or a short timeout where a hidden tab paints none). */
export type NextFrame = () => Promise<void>;

/** What an adapter's body insertion may use from the content script. */
export interface BodyTools {
  defer: Defer;
  nextFrame: NextFrame;
}

export interface WebmailAdapter {
  readonly site: Webmail;
  /** The compose body's own signature block: with one, the draft's sign-off stays out (insert.ts). */
  readonly signature: readonly string[];
  /** Every open compose window's root element, in document order. */
  findComposes(doc: Document): HTMLElement[];
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
  /**
   * Inserts at `caret` (a remembered Range, checked here) or at the top, above
   * signature and quote: through the editor's paste path, else as nodes.
   */
  insertBody(
    compose: HTMLElement,
    content: BodyContent,
    caret: Range | undefined,
    tools: BodyTools,
  ): Promise<BodyResult>;
  /**
   * The compose window around `compose` that holds its toolbar (and Send): the
   * root itself, or the nearest ancestor holding no other compose body. Null
   * when no toolbar is found (compose-button.ts then adds no button).
   */
  windowOf(compose: HTMLElement): HTMLElement | null;
  /**
   * Puts the in-compose button's `host` into the toolbar of `win` (from
   * `windowOf`) after the site's own buttons, so none of them moves. Returns
   * what was added to the page (the host, or a cell holding it), or null.
   */
  mountButton(win: HTMLElement, host: HTMLElement): HTMLElement | null;
  /** Whether `el` is (inside) this site's Send control (send-watch.ts). */
  isSend(el: Element): boolean;
}
