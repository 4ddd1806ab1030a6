/**
 * Prefilled new-compose URLs (docs/WEBMAIL.md, "Deep links"). Plain text only; spaces become %20
 * (a sign-in redirect re-encodes `+` wrongly), line breaks %0A, anything else
 * UTF-8 percent-encoded. Very long URLs are refused by the sites: lib/handover drops
 * the body (COMPOSE_URL_MAX_LENGTH) rather than send a broken link.
 */
/** What a prefilled new compose (a deep link) carries: plain text only. */
export interface ComposePrefill {
  to: string;
  subject: string;
  body: string;
}

export interface ComposeUrlOptions {
  /** Outlook: the host of an open Outlook tab, so work and personal accounts keep theirs. */
  host?: string;
  /** Gmail: the signed-in account's index (`/mail/u/N/`). */
  account?: number;
}

/** Longest URL we hand to a webmail; Outlook's sign-in redirect and proxies refuse longer. */
export const COMPOSE_URL_MAX_LENGTH = 2000;

/** Hosts serving Outlook's work-or-school deep link at `/mail/deeplink/compose`. */
const OUTLOOK_WORK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

function queryString(params: Array<[string, string]>): string {
  return params
    .map(([name, value]) => [name, value.replace(/\r\n?/g, '\n')] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

/** `https://mail.google.com/mail/?view=cm&fs=1&to=…&su=…&body=…` (`/mail/u/N/` picks the account). */
export function gmailComposeUrl(prefill: ComposePrefill, options: ComposeUrlOptions = {}): string {
  const account = options.account !== undefined ? `u/${options.account}/` : '';
  const query = queryString([
    ['to', prefill.to],
    ['su', prefill.subject],
    ['body', prefill.body],
  ]);
  return `https://mail.google.com/mail/${account}?view=cm&fs=1${query ? `&${query}` : ''}`;
}

/** Work or school (`/mail/deeplink/compose`) or personal (`outlook.live.com/mail/0/…`). */
export function outlookComposeUrl(
  prefill: ComposePrefill,
  options: ComposeUrlOptions = {},
): string {
  const host = options.host ?? 'outlook.office.com';
  const base =
    host === 'outlook.live.com'
      ? 'https://outlook.live.com/mail/0/deeplink/compose'
      : `https://${OUTLOOK_WORK_HOSTS.includes(host) ? host : 'outlook.office.com'}/mail/deeplink/compose`;
  const query = queryString([
    ['to', prefill.to],
    ['subject', prefill.subject],
    ['body', prefill.body],
  ]);
  return query ? `${base}?${query}` : base;
}
