/**
 * Remembers where the partner was: the last selection Range inside each compose
 * body, the body that had it last, and the last right-clicked editable (for the
 * context menu). Listeners only: nothing is measured or queried until a
 * selection lands in an editable. Ranges are checked again before use (moving
 * to full screen re-creates the compose, docs/WEBMAIL.md).
 */
import { elementOf } from './dom';

/** Registers a listener bound to the content script's lifetime (`Lifetime.listen`). */
export type Listen = (target: EventTarget, type: string, handler: (event: Event) => void) => void;

export interface CaretMemory {
  /** The last Range inside `body`, when it is still inside it. */
  caretIn(body: HTMLElement): Range | undefined;
  /** The body that held the caret last, while it is still in the page. */
  lastBody(): HTMLElement | undefined;
  /** The editable right-clicked last, while it is still in the page. */
  contextTarget(): Element | undefined;
}

function isEditable(el: Element): boolean {
  return (
    (el as HTMLElement).isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT'
  );
}

/**
 * `bodyOf(el)` answers which compose body `el` is in (cheap: a `closest`),
 * or null outside any body.
 */
export function watchCaret(
  doc: Document,
  bodyOf: (el: Element) => HTMLElement | null,
  listen: Listen,
): CaretMemory {
  const ranges = new WeakMap<HTMLElement, Range>();
  let last: HTMLElement | undefined;
  let rightClicked: Element | undefined;

  const remember = () => {
    const selection = doc.getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    const el = elementOf(range.startContainer);
    if (!el || !(el as HTMLElement).isContentEditable) return;
    const body = bodyOf(el);
    if (!body) return;
    ranges.set(body, range.cloneRange());
    last = body;
  };

  listen(doc, 'selectionchange', remember);
  listen(doc, 'focusin', remember);
  listen(doc, 'contextmenu', (event) => {
    const el = elementOf(event.composedPath()[0] as Node | undefined);
    const editable = el && (isEditable(el) ? el : el.closest('[contenteditable="true"]'));
    rightClicked = editable ?? undefined;
    remember();
  });

  return {
    caretIn(body) {
      const range = ranges.get(body);
      return range && body.contains(range.startContainer) && body.contains(range.endContainer)
        ? range
        : undefined;
    },
    lastBody: () => (last?.isConnected ? last : undefined),
    contextTarget: () => (rightClicked?.isConnected ? rightClicked : undefined),
  };
}
