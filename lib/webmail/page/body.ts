/**
 * Inserting into a compose body so the editor keeps it (docs/WEBMAIL.md, "Body"):
 * at the remembered caret when it is still inside the body and above the
 * signature and quoted text, else at the top. First through the editor's own
 * paste path (a synthetic `paste` carrying `text/html` and `text/plain`,
 * checked after a frame); when no editor took it, as nodes announced with
 * `input`; `execCommand('insertText')` when the DOM insertion is refused.
 */
import {
  buildBodyFragment,
  dispatchPaste,
  elementOf,
  execInsertText,
  fireInput,
  isHttpsUrl,
  selectRange,
  serializeBodyNodes,
} from './dom';
import type { BodyContent, BodyResult, NextFrame } from './types';

export interface PlannedInsertion {
  range: Range;
  where: 'at-caret' | 'at-top';
}

/** A caret is usable when it lies in the body and ends before the first boundary. */
function usableCaret(body: HTMLElement, caret: Range, boundary: Element | null): boolean {
  if (!body.contains(caret.startContainer) || !body.contains(caret.endContainer)) return false;
  if (!boundary) return true;
  if (boundary.contains(caret.startContainer)) return false;
  const beforeBoundary = body.ownerDocument.createRange();
  beforeBoundary.setStartBefore(boundary);
  return beforeBoundary.comparePoint(caret.endContainer, caret.endOffset) <= 0;
}

export function planInsertion(
  body: HTMLElement,
  caret: Range | undefined,
  boundarySelectors: readonly string[],
): PlannedInsertion {
  // An editable outside any compose has no boundaries; querySelector('') would throw.
  const boundary = boundarySelectors.length
    ? body.querySelector(boundarySelectors.join(','))
    : null;
  if (caret && usableCaret(body, caret, boundary)) {
    const range = caret.cloneRange();
    // Never inside an existing link: anchors would nest.
    const anchor = elementOf(range.startContainer)?.closest('a');
    if (anchor && body.contains(anchor)) {
      range.setStartAfter(anchor);
      range.collapse(true);
    }
    return { range, where: 'at-caret' };
  }
  const range = body.ownerDocument.createRange();
  range.setStart(body, 0);
  range.collapse(true);
  return { range, where: 'at-top' };
}

/** Text that proves the content is in the body: the first link, else the first line. */
export function contentMarker(content: BodyContent): string {
  const link = content.links.find((l) => l && isHttpsUrl(l) && content.text.includes(l));
  return (
    link ??
    content.text
      .split(/\r?\n/)
      .find((line) => line.trim())
      ?.trim() ??
    ''
  );
}

export function bodyHolds(body: HTMLElement, content: BodyContent): boolean {
  const marker = contentMarker(content);
  return marker !== '' && (body.textContent ?? '').includes(marker);
}

/** How often the content's marker occurs in the body's text. */
function markerCount(body: HTMLElement, marker: string): number {
  return marker ? (body.textContent ?? '').split(marker).length - 1 : 0;
}

/** The first link of the content that becomes an `<a href>`, if any. */
function firstLink(content: BodyContent): string | undefined {
  return content.links.find((l) => l && isHttpsUrl(l) && content.text.includes(l));
}

/** `<a>` elements in `body` pointing at `href` that stand above the first boundary. */
function linksAbove(body: HTMLElement, href: string, boundarySelectors: readonly string[]): number {
  const boundary = boundarySelectors.length
    ? body.querySelector(boundarySelectors.join(','))
    : null;
  return [...body.querySelectorAll('a[href]')].filter(
    (a) =>
      a.getAttribute('href') === href &&
      // DOCUMENT_POSITION_FOLLOWING: the boundary comes after the link.
      (!boundary || (a.compareDocumentPosition(boundary) & 4) !== 0),
  ).length;
}

/** Frames to wait for an editor that took the paste but has not written it yet. */
const PASTE_FRAMES = 12;

export type PasteResult =
  /** The link stands as an `<a href>` in the body, above signature and quote. */
  | 'landed'
  /** The text arrived, but not as we asked (no link, or below the boundary): kept, never doubled. */
  | 'landed-otherwise'
  /** Nothing arrived: no editor handled the paste. */
  | 'ignored';

/**
 * The editor's own paste path: select the planned range, dispatch a `paste`
 * whose clipboard holds the content as HTML (built from nodes, serialised by
 * `serializeBodyNodes`) and as plain text, then look after a frame. Editors
 * paste asynchronously (roosterjs reads the clipboard items with callbacks), so
 * one that cancelled the event gets up to `PASTE_FRAMES` frames.
 */
export async function pasteBodyContent(
  body: HTMLElement,
  content: BodyContent,
  plan: PlannedInsertion,
  boundarySelectors: readonly string[],
  nextFrame: NextFrame,
): Promise<PasteResult> {
  const doc = body.ownerDocument;
  const marker = contentMarker(content);
  const link = firstLink(content);
  if (!marker) return 'ignored';
  const markersBefore = markerCount(body, marker);
  const linksBefore = link ? linksAbove(body, link, boundarySelectors) : 0;
  const fragment = buildBodyFragment(doc, content, plan.where === 'at-caret' ? 'inline' : 'blocks');
  const html = serializeBodyNodes(fragment.childNodes);
  body.focus({ preventScroll: true });
  selectRange(doc, plan.range);
  const taken = dispatchPaste(body, html, content.text.replace(/\r\n?/g, '\n'));
  for (let frame = 0; frame < (taken ? PASTE_FRAMES : 1); frame++) {
    await nextFrame();
    if (!body.isConnected) return 'ignored';
    if (markerCount(body, marker) > markersBefore) {
      const asLink = !link || linksAbove(body, link, boundarySelectors) > linksBefore;
      return asLink ? 'landed' : 'landed-otherwise';
    }
  }
  return 'ignored';
}

/**
 * The paste path first (when `nextFrame` is given), else the node path of
 * `insertBodyNodes`. Exactly one of them writes: the nodes go in only when the
 * paste left no trace in the body.
 */
export async function insertBodyContent(
  body: HTMLElement,
  content: BodyContent,
  caret: Range | undefined,
  boundarySelectors: readonly string[],
  nextFrame: NextFrame,
): Promise<BodyResult> {
  const plan = planInsertion(body, caret, boundarySelectors);
  const pasted = await pasteBodyContent(body, content, plan, boundarySelectors, nextFrame);
  if (pasted !== 'ignored') return { ok: true, body: plan.where, via: 'paste' };
  // The paste moved nothing; the plan is made again, since the page may have changed.
  if (!body.isConnected) return { ok: false };
  return insertBodyNodes(body, content, caret, boundarySelectors);
}

/**
 * `mode: 'nodes'` builds `<div>`/`<br>`/`<a href>` nodes and falls back to plain
 * text when the insertion throws; `mode: 'text'` goes straight to
 * `execCommand('insertText')` (used when the editor dropped our nodes).
 */
export function insertBodyNodes(
  body: HTMLElement,
  content: BodyContent,
  caret: Range | undefined,
  boundarySelectors: readonly string[],
  mode: 'nodes' | 'text' = 'nodes',
): BodyResult {
  const doc = body.ownerDocument;
  const plan = planInsertion(body, caret, boundarySelectors);
  if (mode === 'nodes') {
    try {
      const fragment = buildBodyFragment(
        doc,
        content,
        plan.where === 'at-caret' ? 'inline' : 'blocks',
      );
      const last = fragment.lastChild;
      plan.range.deleteContents();
      plan.range.insertNode(fragment);
      if (last) {
        const after = doc.createRange();
        after.setStartAfter(last);
        after.collapse(true);
        body.focus({ preventScroll: true });
        selectRange(doc, after);
      }
      fireInput(body, 'insertFromPaste');
      return { ok: true, body: plan.where, via: 'nodes' };
    } catch {
      // The editor refused the nodes: try its own text command below.
    }
  }
  body.focus({ preventScroll: true });
  selectRange(doc, plan.range);
  return execInsertText(doc, content.text)
    ? { ok: true, body: plan.where, via: 'text' }
    : { ok: false };
}
