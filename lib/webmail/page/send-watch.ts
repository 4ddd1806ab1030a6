/**
 * Send recorded (docs/ARCHITECTURE.md, "The record keeps itself"): a compose
 * window that received an invitation watches its own Send, the site's Send
 * button (click, or Enter/Space on it) or Ctrl/Cmd+Enter inside the window, and
 * while its body still holds the invitation's link reports the invitation id
 * the background handed out. Once per invitation: the background's `markSent`
 * is idempotent too, and Gmail may fire Send twice. A window closed without
 * Send (discarded) reports nothing, so its record stays a draft.
 *
 * Listeners go on the document in the capture phase, registered on the first
 * watched window only (a page without hand-overs carries none), so the page's
 * own handlers, which may remove the window, run after we looked.
 */
import type { WebmailAdapter } from './types';

export interface Watched {
  invitationId: string;
  link: string;
}

export interface SendWatch {
  /** Watch `compose` (a compose root) for the Send of `watched`; a newer hand-over replaces an older. */
  watch(compose: HTMLElement, watched: Watched): void;
  /** How many windows are watched (tests, bench). */
  size(): number;
}

type Listen = (
  target: EventTarget,
  type: string,
  handler: (event: Event) => void,
  capture?: boolean,
) => void;

/** Whether the body still carries the link: as a link, or as its text. */
export function bodyHoldsLink(body: HTMLElement, link: string): boolean {
  for (const a of body.querySelectorAll('a[href]')) {
    if (a.getAttribute('href') === link) return true;
  }
  return (body.textContent ?? '').includes(link);
}

export function createSendWatch(
  doc: Document,
  adapter: Pick<WebmailAdapter, 'bodyOf' | 'windowOf' | 'isSend'>,
  listen: Listen,
  report: (invitationId: string) => void,
): SendWatch {
  const watched = new Map<HTMLElement, Watched>();
  let listening = false;

  /** Forgets discarded (removed) windows: a property read each, no DOM walk. */
  const forgetRemoved = () => {
    for (const compose of watched.keys()) if (!compose.isConnected) watched.delete(compose);
  };

  /** The watched compose whose window holds `target`, if any. */
  const composeAt = (target: EventTarget | null): HTMLElement | undefined => {
    const el = target as Element | null;
    if (el?.nodeType !== 1) return undefined;
    for (const compose of watched.keys()) {
      const win = adapter.windowOf(compose) ?? compose;
      if (win.contains(el)) return compose;
    }
    return undefined;
  };

  const sent = (compose: HTMLElement) => {
    const entry = watched.get(compose);
    const body = adapter.bodyOf(compose);
    if (!entry || !body) return;
    // An edited body that lost the link is not this invitation any more.
    if (!bodyHoldsLink(body, entry.link)) return;
    watched.delete(compose);
    report(entry.invitationId);
  };

  // Only the partner's own click or key is a Send: a page script's synthetic
  // event must not mark an invitation sent that never left.
  /** Whether any watched window is left (a property read each, no DOM walk). */
  const watching = () => {
    forgetRemoved();
    return watched.size > 0;
  };
  const onClick = (event: Event) => {
    // Once every watched window is sent or gone, a click costs no DOM walk.
    if (!event.isTrusted || !watching()) return;
    if (!adapter.isSend(event.target as Element)) return;
    const compose = composeAt(event.target);
    if (compose) sent(compose);
  };
  const onKey = (event: Event) => {
    if (!event.isTrusted) return;
    const key = event as KeyboardEvent;
    // Every other key of the partner's typing stops here, before any DOM walk.
    if (key.key !== 'Enter' && key.key !== ' ') return;
    if (!watching()) return;
    const shortcut = key.key === 'Enter' && (key.ctrlKey || key.metaKey);
    if (!shortcut && !adapter.isSend(key.target as Element)) return;
    const compose = composeAt(key.target);
    if (compose) sent(compose);
  };

  return {
    watch(compose, entry) {
      watched.set(compose, entry);
      if (listening) return;
      listening = true;
      listen(doc, 'click', onClick, true);
      listen(doc, 'keydown', onKey, true);
    },
    size: () => watched.size,
  };
}
