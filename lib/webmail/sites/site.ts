/**
 * One record per webmail site: where it lives (hosts and match patterns), how a
 * prefilled new compose opens, which content script serves it and in which
 * frames. The manifest's host permissions, each content script's `matches`, the
 * tab search and the injection all read from here (docs/ARCHITECTURE.md, "How to
 * add a webmail"). One module per site, so a content script bundles only its own.
 */
import type { PublicPath } from 'wxt/browser';
import type { Webmail } from '../../schema';
import type { ComposePrefill, ComposeUrlOptions } from '../compose-url';

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

export const matchesFor = (hosts: readonly string[]): string[] =>
  hosts.map((host) => `https://${host}/*`);
