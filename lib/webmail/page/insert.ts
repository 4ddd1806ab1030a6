/**
 * The whole insert operation of a content script: pick one compose window, then
 * recipient, subject and body, and say exactly what was done. It never throws
 * (or rejects) into the page: every failure is an `InsertResponse` value. The
 * body may go through the editor's paste path, which is checked after a frame:
 * the answer is therefore a promise (docs/ARCHITECTURE.md, "How an insert travels").
 */

import { checkInvitationUrl } from '../../invitation/hosts';
import type { InsertOutcome, InsertPayload, InsertResponse } from '../../schema';
import { ADDRESS } from './address';
import { insertBodyNodes } from './body';
import type { CaretMemory } from './caret';
import { composeIdOf } from './compose-window';
import { elementOf, fireInput } from './dom';
import { failure, pickTarget } from './target';
import type { BodyContent, Defer, NextFrame, WebmailAdapter } from './types';

export interface InsertEnvironment {
  adapter: WebmailAdapter;
  /** The documents to search: the page's, plus reachable frames where the site uses them. */
  documents: () => Document[];
  memory: CaretMemory;
  defer: Defer;
  nextFrame: NextFrame;
}

/**
 * What goes into the body. The draft's sign-off (`closing`) goes along unless
 * the compose body already holds a signature with text in it: then the e-mail
 * would sign twice. Outside a compose (no `body`) it always goes along.
 */
export function contentOf(
  payload: InsertPayload,
  body?: HTMLElement,
  signature: readonly string[] = [],
): BodyContent {
  const signed =
    body !== undefined &&
    signature.length > 0 &&
    [...body.querySelectorAll(signature.join(','))].some((el) => el.textContent?.trim());
  const text = payload.closing && !signed ? `${payload.text}\n\n${payload.closing}` : payload.text;
  return { text, links: [payload.link, payload.gdapLink ?? ''].filter(Boolean) };
}

function isValid(payload: InsertPayload): boolean {
  const to = payload.to.trim();
  if (to && !ADDRESS.test(to)) return false;
  // The one allowlist of Microsoft hosts: only those links become <a href> in a mail.
  return [payload.link, payload.gdapLink].every((link) => !link || checkInvitationUrl(link).ok);
}

/** The context menu's target outside any compose: the text goes there, at its caret. */
function insertIntoEditable(
  env: InsertEnvironment,
  element: Element,
  content: BodyContent,
): InsertResponse {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  let via: InsertOutcome['via'] = 'text';
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') {
    const start = field.selectionStart ?? field.value.length;
    field.setRangeText(content.text, start, field.selectionEnd ?? start, 'end');
    fireInput(field, 'insertFromPaste');
  } else {
    const selection = element.ownerDocument.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    const caret = range && element.contains(range.startContainer) ? range : undefined;
    const result = insertBodyNodes(element as HTMLElement, content, caret, []);
    if (!result.ok) return failure('editor-refused');
    via = result.via;
  }
  return {
    ok: true,
    site: env.adapter.site,
    composeId: composeIdOf(element as HTMLElement),
    recipient: 'not-found',
    subject: 'not-found',
    body: 'at-caret',
    via,
  };
}

export async function insertInvitation(
  env: InsertEnvironment,
  payload: InsertPayload,
): Promise<InsertResponse> {
  let compose: HTMLElement | undefined;
  try {
    if (!isValid(payload)) return failure('invalid-request');
    const { adapter, memory } = env;
    const pick = pickTarget(adapter, env.documents(), memory, payload);
    if (pick.kind === 'failure') return pick.failure;
    if (pick.kind === 'editable') return insertIntoEditable(env, pick.element, contentOf(payload));
    compose = pick.compose;
    const body = adapter.bodyOf(compose);
    if (!body) return failure('page-changed');
    // Read the caret before the recipient field takes the focus: where the right-click
    // put it, else where it was last seen, else the body document's own selection
    // (frames whose selection changes this script does not watch).
    const contextCaret = payload.atContextTarget ? currentCaret(body) : undefined;
    const caret = contextCaret ?? memory.caretIn(body) ?? currentCaret(body);
    const composeId = composeIdOf(compose);

    const to = payload.to.trim();
    const recipient = to ? adapter.setRecipient(compose, to) : 'not-found';
    const subject = payload.subject.trim()
      ? adapter.setSubject(compose, payload.subject)
      : { subject: 'not-found' as const };
    if (!body.isConnected) return failure('page-changed');

    const content = contentOf(payload, body, adapter.signature);
    const inserted = await adapter.insertBody(compose, content, caret, env);
    if (!inserted.ok) return failure(body.isConnected ? 'editor-refused' : 'page-changed');
    return {
      ok: true,
      site: adapter.site,
      composeId,
      recipient,
      ...subject,
      body: inserted.body,
      via: inserted.via,
    };
  } catch {
    return failure(compose && !compose.isConnected ? 'page-changed' : 'editor-refused');
  }
}

/** The document's current selection when it lies in `body` (a right-click puts it there). */
function currentCaret(body: HTMLElement): Range | undefined {
  const selection = body.ownerDocument.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  const el = elementOf(range?.startContainer);
  return range && el && body.contains(el) ? range.cloneRange() : undefined;
}
