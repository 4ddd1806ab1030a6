/**
 * Finding compose windows, shared by the adapters: every compose has exactly
 * one body editor, so bodies are found first and each is walked up to its
 * window's container. Several windows can be open: each query is then scoped to
 * one root (docs/WEBMAIL.md).
 */
import { closestOf, queryAll } from './dom';

/** The data attribute holding a compose window's id (stable per element). */
export const COMPOSE_ID_ATTRIBUTE = 'data-csp-compose-id';

/**
 * The compose root of `body`: its nearest container (site selectors) when that
 * holds no other body; else the highest ancestor that holds no other body.
 */
export function rootForBody(
  body: HTMLElement,
  containerSelectors: readonly string[],
  bodySelectors: readonly string[],
): HTMLElement {
  const container = closestOf(body, containerSelectors);
  if (container && queryAll(container, bodySelectors).length === 1) return container;
  const doc = body.ownerDocument;
  let root: HTMLElement = body;
  for (let p = body.parentElement; p && p !== doc.body && p !== doc.documentElement; ) {
    if (queryAll(p, bodySelectors).length > 1) break;
    root = p;
    p = p.parentElement;
  }
  return root;
}

export function findComposeRoots(
  doc: Document,
  containerSelectors: readonly string[],
  bodySelectors: readonly string[],
): HTMLElement[] {
  return queryAll(doc, bodySelectors).map((body) =>
    rootForBody(body, containerSelectors, bodySelectors),
  );
}

/** The compose id of `root`, given on first use and kept on the element. */
export function composeIdOf(root: HTMLElement): string {
  let id = root.getAttribute(COMPOSE_ID_ATTRIBUTE);
  if (!id) {
    id = `compose-${Math.random().toString(36).slice(2, 10)}`;
    root.setAttribute(COMPOSE_ID_ATTRIBUTE, id);
  }
  return id;
}

/** "To: a@b.c — Subject", or the subject alone, or a fallback; kept short. */
export function composeLabel(recipients: readonly string[], subject: string): string {
  const parts: string[] = [];
  if (recipients.length) parts.push(`To: ${recipients.join(', ')}`);
  if (subject.trim()) parts.push(subject.trim());
  const label = parts.join(' — ') || 'New message';
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}

/**
 * The nearest element from `root` upwards holding a `want` match, as long as it
 * holds no other compose body (a toolbar may sit beside the body's container,
 * never in another window's). Null when none does.
 */
export function windowAround(
  root: HTMLElement,
  want: readonly string[],
  bodySelectors: readonly string[],
): HTMLElement | null {
  const doc = root.ownerDocument;
  for (let el: HTMLElement | null = root; el && el !== doc.body; el = el.parentElement) {
    if (queryAll(el, bodySelectors).length > 1) return null;
    if (queryAll(el, want).length > 0) return el;
  }
  return null;
}
