/**
 * Which compose window an insert goes to: the one chosen by id, else the one
 * holding the focus, else the one that held the caret last, else the only one.
 * Several and none focused is a question for the partner, never a guess: we do
 * not write into two windows.
 */
import type { ComposeChoice, InsertFailure } from '../../schema';
import { failureText } from '../describe';
import type { CaretMemory } from './caret';
import { COMPOSE_ID_ATTRIBUTE, composeIdOf } from './compose-window';
import type { WebmailAdapter } from './types';

export type TargetPick =
  | { kind: 'compose'; compose: HTMLElement }
  /** The context menu's target is an editable outside any compose window. */
  | { kind: 'editable'; element: Element }
  | { kind: 'failure'; failure: InsertFailure };

export interface TargetRequest {
  composeId?: string;
  atContextTarget?: boolean;
}

/** The top document and the same-origin (or about:blank) frames inside it. */
export function reachableDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      const inner = frame.contentDocument;
      if (inner) docs.push(...reachableDocuments(inner));
    } catch {
      // A cross-origin frame: its own content script answers for it.
    }
  }
  return docs;
}

/** The focused element, followed into focused same-origin frames. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.tagName === 'IFRAME') {
    let inner: Element | null | undefined;
    try {
      inner = (active as HTMLIFrameElement).contentDocument?.activeElement;
    } catch {
      inner = undefined;
    }
    if (!inner) break;
    active = inner;
  }
  return active;
}

export function failure(code: InsertFailure['code'], composes?: ComposeChoice[]): InsertFailure {
  return { ok: false, code, message: failureText(code), ...(composes ? { composes } : {}) };
}

export function pickTarget(
  adapter: WebmailAdapter,
  docs: Document[],
  memory: CaretMemory,
  request: TargetRequest,
): TargetPick {
  const composes = docs.flatMap((doc) => adapter.findComposes(doc));
  const holding = (el: Element | null | undefined) =>
    el ? composes.find((compose) => compose.contains(el)) : undefined;

  if (request.composeId) {
    const chosen = composes.find(
      (compose) => compose.getAttribute(COMPOSE_ID_ATTRIBUTE) === request.composeId,
    );
    return chosen
      ? { kind: 'compose', compose: chosen }
      : { kind: 'failure', failure: failure('page-changed') };
  }
  if (request.atContextTarget) {
    const target = memory.contextTarget();
    const compose = holding(target);
    if (compose) return { kind: 'compose', compose };
    if (target) return { kind: 'editable', element: target };
  }
  const compose =
    holding(docs[0] && deepActiveElement(docs[0])) ??
    holding(memory.lastBody()) ??
    (composes.length === 1 ? composes[0] : undefined);
  if (compose) return { kind: 'compose', compose };
  if (composes.length === 0) return { kind: 'failure', failure: failure('no-compose') };
  const labels = composes.map((c) => adapter.label(c));
  const choices = composes.map((c, i) => ({
    id: composeIdOf(c),
    // Two "New message" windows: number them as they appear on screen.
    label:
      labels.indexOf(labels[i]!) === labels.lastIndexOf(labels[i]!)
        ? labels[i]!
        : `${labels[i]} (${i + 1})`,
  }));
  return { kind: 'failure', failure: failure('several-composes', choices) };
}
