/**
 * One record per webmail site: where it lives (hosts and match patterns), how a
 * prefilled new compose opens, which content script serves it and in which
 * frames. The manifest's host permissions, each content script's `matches`, the
 * tab search and the injection all read from here (docs/ARCHITECTURE.md, "How to
 * add a webmail"). Pure data and URL building: safe for every bundle.
 */
import type { PublicPath } from 'wxt/browser';
import type { Webmail } from '../schema';
import {
  type ComposePrefill,
  type ComposeUrlOptions,
  gmailComposeUrl,
  outlookComposeUrl,
} from './compose-url';

export interface WebmailSite {
  readonly id: Webmail;
  /** Hosts served over https; custom domains are not supported (docs/WEBMAIL.md). */
  readonly hosts: readonly string[];
  /** Match patterns for the manifest, the content script and `tabs.query`. */
  readonly matches: readonly string[];
  /** A URL that opens a new compose window prefilled with plain text. */
  composeUrl(prefill: ComposePrefill, options?: ComposeUrlOptions): string;
  /** The built content script, for `scripting.executeScript`; the type proves the build has it. */
  readonly scriptFile: Extract<PublicPath, `/content-scripts/${string}.js`>;
  /** Compose UI may live in same-origin or about:blank frames: run there too and search them. */
  readonly inFrames: boolean;
}

const matchesFor = (hosts: readonly string[]) => hosts.map((host) => `https://${host}/*`);

const GMAIL_HOSTS = ['mail.google.com'];
const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

export const WEBMAIL_SITES: Readonly<Record<Webmail, WebmailSite>> = {
  gmail: {
    id: 'gmail',
    hosts: GMAIL_HOSTS,
    matches: matchesFor(GMAIL_HOSTS),
    composeUrl: gmailComposeUrl,
    scriptFile: '/content-scripts/gmail.js',
    // Gmail's compose windows live in the top document only.
    inFrames: false,
  },
  outlook: {
    id: 'outlook',
    hosts: OUTLOOK_HOSTS,
    matches: matchesFor(OUTLOOK_HOSTS),
    composeUrl: outlookComposeUrl,
    scriptFile: '/content-scripts/outlook.js',
    // Pop-out and some compose UI live in same-origin or about:blank frames.
    inFrames: true,
  },
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
