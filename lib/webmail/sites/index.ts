/**
 * One record per webmail site: where it lives (hosts and match patterns), how a
 * prefilled new compose opens, which content script serves it and in which
 * frames. The manifest's host permissions, each content script's `matches`, the
 * tab search and the injection all read from here (docs/ARCHITECTURE.md, "How to
 * add a webmail"). One module per site, so a content script bundles only its own.
 */
import type { Webmail } from '../../schema';
import { GMAIL_SITE } from './gmail';
import { OUTLOOK_SITE } from './outlook';
import type { WebmailSite } from './site';

export type { WebmailSite } from './site';

export const WEBMAIL_SITES: Readonly<Record<Webmail, WebmailSite>> = {
  gmail: GMAIL_SITE,
  outlook: OUTLOOK_SITE,
};

/** Every site's match patterns: host permissions, the context menu, the tab search. */
export const WEBMAIL_MATCHES: readonly string[] = Object.values(WEBMAIL_SITES).flatMap(
  (site) => site.matches,
);

/** The webmail served at `url`, judged by its host alone (no custom domains). */
export function webmailForUrl(url: string | undefined): Webmail | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return Object.values(WEBMAIL_SITES).find((site) => site.hosts.includes(parsed.hostname))?.id;
}
