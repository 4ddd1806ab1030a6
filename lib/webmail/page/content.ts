/**
 * What both content scripts do: remember the caret and the right-clicked
 * editable, answer `ping`, `insert` and `watch-send`, give every compose window
 * its `Insert reseller invitation` button (compose-button.ts; the dialog is a
 * chunk loaded on the first click) and watch the Send of each window that got
 * an invitation (send-watch.ts). At rest: listeners, one MutationObserver and
 * one scan for compose windows; nothing else until something happens. Every listener lives as long as the script's own `Lifetime`, not
 * WXT's context, whose "newer script started" handshake the page can forge
 * (docs/WEBMAIL.md, "The page cannot switch us off").
 */
import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { askBackground } from '../../messaging/compose-request';
import { listenForContentRequests } from '../../messaging/receive';
import type { InsertResponse } from '../../schema';
import type { WebmailSite } from '../sites/site';
import { watchCaret } from './caret';
import { watchComposeButtons } from './compose-button';
import { COMPOSE_ID_ATTRIBUTE, composeIdOf } from './compose-window';
import { DIALOG_GLOBAL, type OpenComposeDialog } from './dialog/types';
import { type InsertEnvironment, insertInvitation } from './insert';
import { claimLifetime, type Lifetime } from './lifetime';
import { createSendWatch } from './send-watch';
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

/**
 * The dialog's chunk (entrypoints/compose-dialog.ts), imported once from the
 * extension as a web-accessible module; it runs in this isolated world and
 * leaves its opener on this world's global object.
 */
async function loadDialog(): Promise<OpenComposeDialog | undefined> {
  const scope = globalThis as unknown as Record<string, OpenComposeDialog | undefined>;
  if (!scope[DIALOG_GLOBAL]) {
    const url = browser.runtime.getURL('/compose-dialog.js' as '/');
    await import(/* @vite-ignore */ url);
  }
  return scope[DIALOG_GLOBAL];
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
  // Send recorded: a window that got an invitation reports its Send with the id handed out.
  const sends = createSendWatch(doc, adapter, lifetime.listen, (invitationId) => {
    if (lifetime.isAlive()) void askBackground({ type: 'compose-sent', invitationId });
  });
  const composeById = (id: string) =>
    env
      .documents()
      .flatMap((d) => adapter.findComposes(d))
      .find((c) => c.getAttribute(COMPOSE_ID_ATTRIBUTE) === id);
  watchComposeButtons(doc, adapter, {
    label: t('compose_button'),
    listen: lifetime.listen,
    onEnd: (cleanup) => lifetime.onEnd(cleanup),
    onOpen: (compose, button) => {
      if (!lifetime.isAlive()) return;
      const composeId = composeIdOf(compose);
      void loadDialog().then((open) =>
        open?.({
          doc,
          anchor: button,
          ask: askBackground,
          insert: (payload) => insertInTurn({ ...payload, composeId }),
          inserted: (invitationId, link) => sends.watch(compose, { invitationId, link }),
        }),
      );
    },
  });
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
      // The popup's Insert into compose, once recorded: that window watches its Send too.
      watchSend: ({ composeId, invitationId, link }) => {
        if (!lifetime.isAlive()) return undefined;
        const compose = composeById(composeId);
        if (compose) sends.watch(compose, { invitationId, link });
        return compose ? true : isTopFrame ? false : undefined;
      },
    },
    (cleanup) => lifetime.onEnd(cleanup),
  );
  return lifetime;
}
