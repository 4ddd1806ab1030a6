/**
 * How long a content script's listeners live, without WXT's handshake
 * (docs/WEBMAIL.md, "The page cannot switch us off"). WXT's context ends when it
 * sees a "newer script started" event on the page's `document`, and the page can
 * send that event itself (its name is the public extension id plus a fixed
 * string), which would silence the script and every script injected after it.
 *
 * Our handshake happens where the page cannot reach: a property on the global
 * object of the content scripts' isolated world, shared by every script of this
 * extension in the frame and invisible to the page's own scripts. A newer script
 * ends the older one's lifetime directly; nothing the page posts or dispatches
 * is listened to. A script whose extension was reloaded or removed is orphaned
 * (`runtime.id` gone): its lifetime ends at the next check.
 */
import { browser } from 'wxt/browser';

/** The isolated world's registry of the running script per name (never the page's). */
const REGISTRY = '__cspInvitationsContentScripts';

export interface Lifetime {
  readonly signal: AbortSignal;
  /** False once a newer script started or the extension went away. */
  isAlive(): boolean;
  /** Adds a listener (in the capture phase with `capture`) that is removed when the lifetime ends. */
  listen(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    capture?: boolean,
  ): void;
  /** Runs `cleanup` when the lifetime ends. */
  onEnd(cleanup: () => void): void;
  /** `setTimeout` that does not run after the lifetime ended. */
  setTimeout(run: () => void, ms?: number): void;
}

type Registry = Record<string, AbortController | undefined>;

/**
 * Ends the lifetime of the previous script named `name` in this frame, if any,
 * and starts this one's. `scope` is the isolated world's global object (a test
 * hands in its own).
 */
export function claimLifetime(
  name: string,
  scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): Lifetime {
  if (!scope[REGISTRY]) scope[REGISTRY] = {};
  const registry = scope[REGISTRY] as Registry;
  registry[name]?.abort();
  const controller = new AbortController();
  registry[name] = controller;
  const { signal } = controller;
  const isAlive = () => {
    if (!signal.aborted && browser.runtime?.id == null) controller.abort();
    return !signal.aborted;
  };
  return {
    signal,
    isAlive,
    listen(target, type, handler, capture = false) {
      target.addEventListener(type, handler, { signal, capture });
    },
    onEnd(cleanup) {
      if (signal.aborted) cleanup();
      else signal.addEventListener('abort', cleanup, { once: true });
    },
    setTimeout(run, ms) {
      const cancel = () => clearTimeout(id);
      const id = setTimeout(() => {
        signal.removeEventListener('abort', cancel);
        if (isAlive()) run();
      }, ms);
      signal.addEventListener('abort', cancel, { once: true });
    },
  };
}
