/**
 * Finding the webmail tabs and reaching their content scripts, injecting the
 * script into tabs opened before install or update (the `scripting` permission).
 */
import { browser } from 'wxt/browser';
import type { ContentReply } from '../messaging/send';
import type { Webmail } from '../schema';
import { WEBMAIL_MATCHES, WEBMAIL_SITES, webmailForUrl } from '../webmail/sites';

export interface WebmailTab {
  id: number;
  title: string;
  site: Webmail;
  url: string;
}

export function toWebmailTab(tab: {
  id?: number;
  title?: string;
  url?: string;
}): WebmailTab | undefined {
  const site = webmailForUrl(tab.url);
  if (tab.id === undefined || !site || !tab.url) return undefined;
  return { id: tab.id, title: tab.title || tab.url, site, url: tab.url };
}

/** Every open Gmail and Outlook on the web tab, in tab order. */
export async function findWebmailTabs(): Promise<WebmailTab[]> {
  const tabs = await browser.tabs.query({ url: [...WEBMAIL_MATCHES] });
  return tabs.map(toWebmailTab).filter((tab): tab is WebmailTab => tab !== undefined);
}

export async function activeWebmailTab(): Promise<WebmailTab | undefined> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active ? toWebmailTab(active) : undefined;
}

/** Loads the content script into a tab that was open before install or update. */
async function inject(tab: WebmailTab): Promise<boolean> {
  const site = WEBMAIL_SITES[tab.site];
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id, allFrames: site.inFrames },
      files: [site.scriptFile],
    });
    return true;
  } catch {
    return false;
  }
}

/** Nobody listened (tab opened before install/update), as opposed to an odd answer. */
const NOBODY_LISTENED =
  /Receiving end does not exist|no content script answered|Could not establish connection/i;

export /**
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
