/**
 * Inserting into a compose body so the editor keeps it (docs/WEBMAIL.md, "Inserting
 * text into a contenteditable"): at the remembered caret when it is still inside
 * the body and above the signature and quoted text, else at the top; built from
 * nodes; announced with `input`; `execCommand('insertText')` when the DOM
 * insertion is refused.
 */
import {
  buildBodyFragment,
  elementOf,
  execInsertText,
  fireInput,
  isHttpsUrl,
  selectRange,
} from './dom';
import type { BodyContent, BodyResult } from './types';

interface PlannedInsertion {
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

/**
 * `mode: 'nodes'` builds `<div>`/`<br>`/`<a href>` nodes and falls back to plain
 * text when the insertion throws; `mode: 'text'` goes straight to
 * `execCommand('insertText')` (used when the editor dropped our nodes).
 */
export function insertBodyContent(
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
      return { ok: true, body: plan.where };
    } catch {
      // The editor refused the nodes: try its own text command below.
    }
  }
  body.focus({ preventScroll: true });
  selectRange(doc, plan.range);
  return execInsertText(doc, content.text) ? { ok: true, body: plan.where } : { ok: false };
}
