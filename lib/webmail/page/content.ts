/**
 * What both content scripts do: remember the caret and the right-clicked
 * editable, and answer `ping` and `insert`. At load it registers listeners
 * only: no observer, no query, nothing measured until a message or a selection
 * arrives. Every listener lives as long as the script's own `Lifetime`, not
 * WXT's context, whose "newer script started" handshake the page can forge
 * (docs/WEBMAIL.md, "The page cannot switch us off").
 */
import { listenForContentRequests } from '../../messaging/receive';
import type { InsertResponse } from '../../schema';
import type { WebmailSite } from '../sites/site';
import { watchCaret } from './caret';
import { type InsertEnvironment, insertInvitation } from './insert';
import { claimLifetime, type Lifetime } from './lifetime';
import { reachableDocuments } from './target';
import type { NextFrame, WebmailAdapter } from './types';

/** A hidden tab paints no frames: wait at most this long for one. */
const FRAME_TIMEOUT_MS = 50;

/** The next frame, or `FRAME_TIMEOUT_MS`, whichever comes first (an insert under way always finishes). */
function nextFrameIn(view: Window): NextFrame {
  return () =>
    new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        view.cancelAnimationFrame(frame);
        resolve();
      };
      const timer = setTimeout(finish, FRAME_TIMEOUT_MS);
      const frame = view.requestAnimationFrame(finish);
    });
}

export function startWebmailContentScript(
  adapter: WebmailAdapter,
  site: Pick<WebmailSite, 'id' | 'inFrames'>,
): Lifetime {
  const doc = document;
  // Ends the previous copy of this script in this frame (re-injection), never the page's doing.
  const lifetime = claimLifetime(site.id);
  // The top frame answers for the tab; a sub-frame only for its own right-clicked field.
  const isTopFrame = window === window.top;
  const memory = watchCaret(doc, adapter.bodyAround, lifetime.listen);
  const env: InsertEnvironment = {
    adapter,
    documents: () => (site.inFrames ? reachableDocuments(doc) : [doc]),
    memory,
    defer: (run, ms) => lifetime.setTimeout(run, ms),
    nextFrame: nextFrameIn(window),
  };
  // One insert at a time: a second request waits until the first has answered,
  // so two requests can never both see an untouched body and write twice.
  let queue: Promise<unknown> = Promise.resolve();
  const insertInTurn = (payload: Parameters<typeof insertInvitation>[1]) => {
    const turn: Promise<InsertResponse> = queue.then(() => insertInvitation(env, payload));
    queue = turn.catch(() => undefined);
    return turn;
  };
  listenForContentRequests(
    {
      ping: () =>
        lifetime.isAlive() && isTopFrame
          ? {
              site: adapter.site,
              composeCount: env.documents().flatMap((d) => adapter.findComposes(d)).length,
            }
          : undefined,
      insert: (payload) =>
        lifetime.isAlive() && (isTopFrame || (payload.atContextTarget && memory.contextTarget()))
          ? insertInTurn(payload)
          : undefined,
    },
    (cleanup) => lifetime.onEnd(cleanup),
  );
  return lifetime;
}
