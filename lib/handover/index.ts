/**
 * The extension-page side of *Insert into compose* (popup, context menu): find
 * the webmail tab, hand the invitation to its content script, inject the script
 * into tabs opened before install or update, or open a prefilled new compose.
 * Results are codes and parameters; `describe.ts` puts them into words.
 */
import { browser } from 'wxt/browser';
import { pingTab, sendInsert } from '../messaging/send';
import type { ComposeChoice, InsertOutcome, InsertPayload, Webmail } from '../schema';
import { failureText, type HandoverErrorCode } from '../webmail/describe';
import { type OpenedCompose, openCompose } from './new-compose';
import { activeWebmailTab, findWebmailTabs, reach, toWebmailTab, type WebmailTab } from './tabs';

export { fitComposeUrl } from './new-compose';
export { findWebmailTabs, type WebmailTab } from './tabs';

export type HandoverResult =
  | { kind: 'inserted'; tabId: number; outcome: InsertOutcome }
  | { kind: 'choose-tab'; tabs: WebmailTab[] }
  | OpenedCompose
  | {
      kind: 'failed';
      code: HandoverErrorCode;
      message: string;
      /** Re-send with this tab (and a `composeId` from `composes`) after `several-composes`. */
      tabId?: number;
      composes?: ComposeChoice[];
    };

export interface HandoverOptions {
  /** Where a new compose opens when no webmail tab is open (setting; Gmail by default). */
  preferredWebmail: Webmail;
  /** The tab the partner chose after `choose-tab`, or the one to re-send to. */
  tabId?: number;
  /** The compose window the partner chose after `several-composes`. */
  composeId?: string;
  /** The context menu's frame. */
  frameId?: number;
  /**
   * The partner refused site access to the webmail hosts (lib/handover/site-access):
   * finding no webmail tab then means we cannot see it, not that none is open.
   */
  siteAccessRefused?: boolean;
  /** Straight to a prefilled new compose in `preferredWebmail` (offered after a refusal). */
  newCompose?: boolean;
}

async function insertInto(
  tab: WebmailTab,
  payload: InsertPayload,
  frameId?: number,
): Promise<HandoverResult> {
  const reply = await reach(tab, () => sendInsert(tab.id, payload, frameId));
  if (!reply.reached) {
    return {
      kind: 'failed',
      code: 'tab-unreachable',
      message: failureText('tab-unreachable'),
      tabId: tab.id,
    };
  }
  const response = reply.response;
  if (response.ok) return { kind: 'inserted', tabId: tab.id, outcome: response };
  if (response.code === 'no-compose' && !payload.atContextTarget)
    return openCompose(tab.site, payload, tab);
  return {
    kind: 'failed',
    code: response.code,
    message: response.message,
    tabId: tab.id,
    ...(response.composes ? { composes: response.composes } : {}),
  };
}

/**
 * *Insert into compose*: the chosen tab; else the active tab when it is a
 * webmail tab; else the one webmail tab with a compose window; else a choice of
 * tabs; with no webmail tab, a prefilled new compose in `preferredWebmail`.
 */
export async function insertIntoWebmail(
  payload: InsertPayload,
  options: HandoverOptions,
): Promise<HandoverResult> {
  if (options.newCompose) return openCompose(options.preferredWebmail, payload);
  const request: InsertPayload = options.composeId
    ? { ...payload, composeId: options.composeId }
    : payload;
  if (options.tabId !== undefined) {
    const tab = toWebmailTab(await browser.tabs.get(options.tabId).catch(() => ({})));
    if (!tab) return { kind: 'failed', code: 'page-changed', message: failureText('page-changed') };
    return insertInto(tab, request, options.frameId);
  }
  const active = await activeWebmailTab();
  if (active) return insertInto(active, request, options.frameId);

  const tabs = await findWebmailTabs();
  if (tabs.length === 0 && options.siteAccessRefused) {
    // A compose may well be open in a tab we may not see: say so, never open a second one.
    return {
      kind: 'failed',
      code: 'site-access-refused',
      message: failureText('site-access-refused'),
    };
  }
  if (tabs.length === 0) return openCompose(options.preferredWebmail, payload);
  const counts = await Promise.all(
    tabs.map(async (tab) => {
      const reply = await reach(tab, () => pingTab(tab.id));
      return reply.reached ? reply.response.composeCount : 0;
    }),
  );
  const withCompose = tabs.filter((_, i) => (counts[i] ?? 0) > 0);
  if (withCompose.length === 1) return insertInto(withCompose[0]!, request);
  if (withCompose.length > 1) return { kind: 'choose-tab', tabs: withCompose };
  if (tabs.length === 1) return openCompose(tabs[0]!.site, payload, tabs[0]);
  return { kind: 'choose-tab', tabs };
}
