/**
 * The extension-page side of *Insert into compose* (popup, context menu): find
 * the webmail tab, hand the invitation to its content script, inject the script
 * into tabs opened before install or update, or open a prefilled new compose.
 * Results are codes and parameters; `describe.ts` puts them into words.
 */
import { browser } from 'wxt/browser';
import { type ContentReply, pingTab, sendInsert } from '../messaging/send';
import type { ComposeChoice, InsertOutcome, InsertPayload, Webmail } from '../schema';
import { fitComposeUrl } from './deeplink';
import { failureText, type HandoverErrorCode } from './describe';
import { WEBMAIL_MATCHES, webmailForUrl } from './hosts';
import type { ComposeUrlOptions } from './types';

export interface WebmailTab {
  id: number;
  title: string;
  site: Webmail;
  url: string;
}

export type HandoverResult =
  | { kind: 'inserted'; tabId: number; outcome: InsertOutcome }
  | { kind: 'choose-tab'; tabs: WebmailTab[] }
  | { kind: 'opened-compose'; site: Webmail; url: string; bodyIncluded: boolean }
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
}

function toWebmailTab(tab: { id?: number; title?: string; url?: string }): WebmailTab | undefined {
  const site = webmailForUrl(tab.url);
  if (tab.id === undefined || !site || !tab.url) return undefined;
  return { id: tab.id, title: tab.title || tab.url, site, url: tab.url };
}

/** Every open Gmail and Outlook on the web tab, in tab order. */
export async function findWebmailTabs(): Promise<WebmailTab[]> {
  const tabs = await browser.tabs.query({ url: WEBMAIL_MATCHES });
  return tabs.map(toWebmailTab).filter((tab): tab is WebmailTab => tab !== undefined);
}

/** Loads the content script into a tab that was open before install or update. */
async function inject(tab: WebmailTab): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id, allFrames: tab.site === 'outlook' },
      files: [tab.site === 'gmail' ? '/content-scripts/gmail.js' : '/content-scripts/outlook.js'],
    });
    return true;
  } catch {
    return false;
  }
}

/** Nobody listened (tab opened before install/update), as opposed to an odd answer. */
const NOBODY_LISTENED =
  /Receiving end does not exist|no content script answered|Could not establish connection/i;

/**
 * Asks once; when nobody listened, injects the content script and asks again.
 * An answer in an unknown format came from a script that may already have acted:
 * asking again could insert the invitation twice.
 */
async function reach<T>(
  tab: WebmailTab,
  ask: () => Promise<ContentReply<T>>,
): Promise<ContentReply<T>> {
  const first = await ask();
  if (first.reached || !NOBODY_LISTENED.test(first.reason) || !(await inject(tab))) return first;
  return ask();
}

/** The open tab's account, so a new compose opens where the partner is signed in. */
function urlOptionsFor(tab: WebmailTab | undefined): ComposeUrlOptions {
  if (!tab) return {};
  const url = new URL(tab.url);
  if (tab.site === 'outlook') return { host: url.hostname };
  const account = /^\/mail\/u\/(\d+)\//.exec(url.pathname)?.[1];
  return account === undefined ? {} : { account: Number(account) };
}

async function openCompose(
  site: Webmail,
  payload: InsertPayload,
  tab?: WebmailTab,
): Promise<HandoverResult> {
  const prefill = { to: payload.to.trim(), subject: payload.subject, body: payload.text };
  const { url, bodyIncluded } = fitComposeUrl(site, prefill, urlOptionsFor(tab));
  await browser.tabs.create({ url });
  return { kind: 'opened-compose', site, url, bodyIncluded };
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

async function activeWebmailTab(): Promise<WebmailTab | undefined> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active ? toWebmailTab(active) : undefined;
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
