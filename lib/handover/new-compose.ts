/**
 * A prefilled new compose window (a deep link) when no open compose can take
 * the invitation: in the partner's account, within the sites' URL length limit.
 */
import { browser } from 'wxt/browser';
import type { InsertPayload, Webmail } from '../schema';
import {
  COMPOSE_URL_MAX_LENGTH,
  type ComposePrefill,
  type ComposeUrlOptions,
} from '../webmail/compose-url';
import { WEBMAIL_SITES } from '../webmail/sites';
import type { WebmailTab } from './tabs';

/** The compose URL within the length limit: with the body when it fits, else without. */
export function fitComposeUrl(
  site: Webmail,
  prefill: ComposePrefill,
  options?: ComposeUrlOptions,
): { url: string; bodyIncluded: boolean } {
  const { composeUrl } = WEBMAIL_SITES[site];
  const url = composeUrl(prefill, options);
  if (url.length <= COMPOSE_URL_MAX_LENGTH) return { url, bodyIncluded: true };
  return { url: composeUrl({ ...prefill, body: '' }, options), bodyIncluded: false };
}

/** The open tab's account, so a new compose opens where the partner is signed in. */
function urlOptionsFor(tab: WebmailTab | undefined): ComposeUrlOptions {
  if (!tab) return {};
  const url = new URL(tab.url);
  if (tab.site === 'outlook') return { host: url.hostname };
  const account = /^\/mail\/u\/(\d+)\//.exec(url.pathname)?.[1];
  return account === undefined ? {} : { account: Number(account) };
}

export interface OpenedCompose {
  kind: 'opened-compose';
  site: Webmail;
  url: string;
  bodyIncluded: boolean;
}

export async function openCompose(
  site: Webmail,
  payload: InsertPayload,
  tab?: WebmailTab,
): Promise<OpenedCompose> {
  const prefill = { to: payload.to.trim(), subject: payload.subject, body: payload.text };
  const { url, bodyIncluded } = fitComposeUrl(site, prefill, urlOptionsFor(tab));
  await browser.tabs.create({ url });
  return { kind: 'opened-compose', site, url, bodyIncluded };
}
