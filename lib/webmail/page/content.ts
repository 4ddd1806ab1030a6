/**
 * What both content scripts do, wired to WXT's context so no listener outlives
 * an invalidated extension: remember the caret and the right-clicked editable,
 * and answer `ping` and `insert`. At load it registers listeners only: no
 * observer, no query, nothing measured until a message or a selection arrives.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForContentRequests } from '../../messaging/receive';
import type { WebmailSite } from '../sites/site';
import { watchCaret } from './caret';
import { insertInvitation } from './insert';
import { reachableDocuments } from './target';
import type { WebmailAdapter } from './types';

export function startWebmailContentScript(
  ctx: ContentScriptContext,
  adapter: WebmailAdapter,
  site: Pick<WebmailSite, 'inFrames'>,
): void {
  const doc = document;
  // The top frame answers for the tab; a sub-frame only for its own right-clicked field.
  const isTopFrame = window === window.top;
  const memory = watchCaret(doc, adapter.bodyAround, (target, type, handler) =>
    ctx.addEventListener(target, type, handler),
  );
  const env = {
    adapter,
    documents: () => (site.inFrames ? reachableDocuments(doc) : [doc]),
    memory,
    defer: (run: () => void, ms?: number) => {
      ctx.setTimeout(run, ms);
    },
  };
  listenForContentRequests(
    {
      ping: () =>
        isTopFrame
          ? {
              site: adapter.site,
              composeCount: env.documents().flatMap((d) => adapter.findComposes(d)).length,
            }
          : undefined,
      insert: (payload) =>
        isTopFrame || (payload.atContextTarget && memory.contextTarget())
          ? insertInvitation(env, payload)
          : undefined,
    },
    (cleanup) => ctx.onInvalidated(cleanup),
  );
}
