/**
 * DOM helpers shared by the adapters. Every node is built with `createElement`
 * and `textContent`: Gmail enforces Trusted Types, so no HTML string is ever
 * parsed (docs/WEBMAIL.md). Nodes may come from another frame's realm, so types are
 * told apart by `nodeType` and `tagName`, never by `instanceof`.
 */
import { escapeHtml } from '../../invitation/escape-html';
import { splitAtLinks } from '../../invitation/segments';
import type { BodyContent } from './types';

/** The element a node is, or sits in. */
export function elementOf(node: Node | null | undefined): Element | null {
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The first element matching the first selector that matches anything. */
export function queryFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<Element>(selector);
    if (found) return found as T;
  }
  return null;
}

/** Every element matching any of `selectors`, in document order, once. */
export function queryAll<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T[] {
  return [...root.querySelectorAll<Element>(selectors.join(','))] as T[];
}

/** The closest ancestor (or self) matching any of `selectors`. */
export function closestOf(el: Element, selectors: readonly string[]): HTMLElement | null {
  return el.closest<HTMLElement>(selectors.join(','));
}

/**
 * Whether `el` is shown: no `hidden`, `aria-hidden`, `type=hidden`,
 * `display:none` or `visibility:hidden` on it or an ancestor. Works without
 * layout (unit tests); in a browser a zero-size box also counts as hidden.
 */
export function isShown(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return el.getClientRects().length > 0;
}

/** A link becomes `<a href>` only when it is a well-formed https URL. */
export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** One line of text as text nodes and `<a href>` elements for each link in it. */
function lineNodes(doc: Document, line: string, links: readonly string[]): Node[] {
  return splitAtLinks(line, links).map((segment) => {
    if (segment.kind === 'text') return doc.createTextNode(segment.text);
    const anchor = doc.createElement('a');
    anchor.href = segment.href;
    anchor.textContent = segment.href;
    return anchor;
  });
}

/**
 * The body content as nodes: `inline` joins lines with `<br>` (at a caret inside
 * a line), `blocks` gives each line a `<div>` the way both editors write lines.
 * No attributes besides `href`: no inline colours leak into the sent mail.
 */
export function buildBodyFragment(
  doc: Document,
  content: BodyContent,
  mode: 'inline' | 'blocks',
): DocumentFragment {
  const links = content.links.filter((link) => link && isHttpsUrl(link));
  const fragment = doc.createDocumentFragment();
  content.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      const nodes = lineNodes(doc, line, links);
      if (mode === 'inline') {
        if (i > 0) fragment.append(doc.createElement('br'));
        fragment.append(...nodes);
        return;
      }
      const div = doc.createElement('div');
      div.append(...(nodes.length ? nodes : [doc.createElement('br')]));
      fragment.append(div);
    });
  return fragment;
}

/**
 * The clipboard's `text/html` for a paste: the nodes `buildBodyFragment` made,
 * written out by this one function from their escaped text and `href`s. It
 * knows only the three elements we build (`div`, `br`, `a`); anything else is
 * written as its escaped text. No HTML string is ever parsed here: the editor's
 * own paste handler parses it, with its own sanitiser (docs/WEBMAIL.md).
 */
export function serializeBodyNodes(nodes: Iterable<Node>): string {
  let html = '';
  for (const node of nodes) {
    if (node.nodeType === 3) {
      html += escapeHtml(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') html += '<br>';
    else if (tag === 'div') html += `<div>${serializeBodyNodes(el.childNodes)}</div>`;
    else if (tag === 'a' && el.getAttribute('href')) {
      html += `<a href="${escapeHtml(el.getAttribute('href') ?? '')}">${serializeBodyNodes(el.childNodes)}</a>`;
    } else html += escapeHtml(el.textContent ?? '');
  }
  return html;
}

/**
 * Offers `html` and `text` to the editor as a paste at the current selection.
 * Returns whether a handler took it (cancelled the event's default); false also
 * where the page has no `DataTransfer` to carry the data.
 */
export function dispatchPaste(el: Element, html: string, text: string): boolean {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view?.DataTransfer || !view.ClipboardEvent) return false;
  const data = new view.DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !el.dispatchEvent(paste);
}

/** Tells an editor that its content changed, the way typing or pasting would. */
export function fireInput(el: Element, inputType: string, data: string | null = null): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A synthetic key press (untrusted: it never types, but editors' listeners see it). */
export function pressKey(el: Element, key: string, keyCode: number): void {
  for (const type of ['keydown', 'keypress', 'keyup']) {
    el.dispatchEvent(
      new KeyboardEvent(type, {
        key,
        code: key,
        keyCode,
        which: keyCode,
        bubbles: true,
        cancelable: true,
      }),
    );
  }
}

/**
 * Sets an `<input>`'s value through the prototype's setter (frameworks that
 * track `.value` on the instance still see a change), then fires `input`.
 */
export function setInputValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  fireInput(input, 'insertText', value);
}

/** `execCommand('insertText')` at the current selection: the editors' own undoable path. */
export function execInsertText(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** Puts the document's selection on `range` (the editor reads it on focus and input). */
export function selectRange(doc: Document, range: Range): void {
  const selection = doc.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

const ADDRESSES = /[^\s<>,;"'()]+@[^\s<>,;"'()]+/g;

/** Does `text` hold `wanted` as a whole address ("edit@contoso.com" does not hold "it@contoso.com")? */
export function holdsAddress(text: string | null | undefined, wanted: string): boolean {
  return (text?.match(ADDRESSES) ?? []).some((a) => a.toLowerCase() === wanted);
}

/** Is `address` listed in `area`: as a chip's attribute or in its text? */
export function mentionsAddress(area: Element, address: string): boolean {
  const wanted = address.trim().toLowerCase();
  if (!wanted) return false;
  const attributes = ['data-hovercard-id', 'email', 'title', 'aria-label', 'data-email'];
  for (const el of area.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
    for (const name of attributes) {
      if (holdsAddress(el.getAttribute(name), wanted)) return true;
    }
  }
  return holdsAddress(area.textContent, wanted);
}
