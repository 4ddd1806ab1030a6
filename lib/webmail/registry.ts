/**
 * Host → adapter (Mailvelope's provider map). Outlook on a custom domain is
 * recognised by its fingerprint. Each content script imports its own adapter
 * directly, which keeps the other site's code out of its bundle; the registry is
 * for code that must serve any webmail.
 */
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import type { WebmailAdapter } from './types';

export const ADAPTERS: readonly WebmailAdapter[] = [gmailAdapter, outlookAdapter];

const BY_HOST: Record<string, WebmailAdapter> = {
  'mail.google.com': gmailAdapter,
  'outlook.office.com': outlookAdapter,
  'outlook.office365.com': outlookAdapter,
  'outlook.live.com': outlookAdapter,
  'outlook.cloud.microsoft': outlookAdapter,
};

/** The adapter for the page at `location`, by host first, then by fingerprint. */
export function adapterFor(
  location: Pick<Location, 'hostname'>,
  doc: Document,
): WebmailAdapter | undefined {
  return BY_HOST[location.hostname] ?? ADAPTERS.find((adapter) => adapter.detect(location, doc));
}
