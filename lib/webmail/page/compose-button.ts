/**
 * The in-compose button (docs/ARCHITECTURE.md, "How an insert travels"): one
 * `Insert reseller invitation` button per compose window, in the window's own
 * toolbar after the site's buttons (the adapter's `mountButton`), inside an
 * open shadow root so the page's CSS does not reach it and ours does not leak.
 *
 * One MutationObserver on the document is all a page without a compose window
 * costs; its records are coalesced into one scan per microtask, so a window is
 * given its button before the page paints it. The buttons go when the script's
 * lifetime ends, so a re-injected copy never adds a second one. Only trusted
 * events (the partner's) open the dialog.
 */
import type { WebmailAdapter } from './types';

/** The attribute on our button's host element (tests and the duplicate check read it). */
export const BUTTON_HOST_ATTRIBUTE = 'data-csp-compose-button';

const BUTTON_CSS = `
:host { all: initial; display: inline-flex; align-items: center; margin: 0 8px; vertical-align: middle; }
button { font: 500 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f;
  background: #fff; border: 1px solid #5f6368; border-radius: 4px; padding: 5px 10px; cursor: pointer;
  white-space: nowrap; }
button:hover { background: #f1f3f4; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
`;

type Listen = (target: EventTarget, type: string, handler: (event: Event) => void) => void;

export interface ComposeButtons {
  /** Adds a button to every compose window that lacks one (also run by the observer). */
  scan(): void;
}

export function watchComposeButtons(
  doc: Document,
  adapter: Pick<WebmailAdapter, 'findComposes' | 'windowOf' | 'mountButton'>,
  options: {
    label: string;
    listen: Listen;
    onEnd: (cleanup: () => void) => void;
    onOpen: (compose: HTMLElement, button: HTMLButtonElement) => void;
  },
): ComposeButtons {
  /** What each button added to the page (its host, or the cell holding it). */
  const hosts = new Set<HTMLElement>();

  const make = (compose: HTMLElement): HTMLElement => {
    const host = doc.createElement('span');
    host.setAttribute(BUTTON_HOST_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BUTTON_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = options.label;
    button.setAttribute('aria-haspopup', 'dialog');
    // Only the partner's own click or key opens it: the page's scripts can reach an open
    // shadow root, but their synthetic clicks are not trusted events.
    options.listen(button, 'click', (event) => {
      if (event.isTrusted) options.onOpen(compose, button);
    });
    shadow.append(style, button);
    return host;
  };

  const scan = () => {
    for (const host of hosts) if (!host.isConnected) hosts.delete(host);
    for (const compose of adapter.findComposes(doc)) {
      const win = adapter.windowOf(compose);
      if (!win || win.querySelector(`[${BUTTON_HOST_ATTRIBUTE}]`)) continue;
      const added = adapter.mountButton(win, make(compose));
      if (added) hosts.add(added);
    }
  };

  let queued = false;
  const observer = new MutationObserver((records) => {
    if (queued || !records.some((r) => r.addedNodes.length > 0)) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      scan();
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  options.onEnd(() => {
    observer.disconnect();
    for (const host of hosts) host.remove();
    hosts.clear();
  });
  scan();
  return { scan };
}
