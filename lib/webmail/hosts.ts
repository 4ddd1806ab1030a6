/**
 * Where each webmail lives: match patterns for the content scripts and for
 * `tabs.query`, and the host → site lookup. Pure data, safe for every bundle.
 */
import type { Webmail } from '../schema';

export const GMAIL_MATCHES = ['https://mail.google.com/*'];
export const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;
export const OUTLOOK_MATCHES = OUTLOOK_HOSTS.map((host) => `https://${host}/*`);
export const WEBMAIL_MATCHES = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES];

/** The webmail served at `url`, judged by its host alone (no custom domains). */
export function webmailForUrl(url: string | undefined): Webmail | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  if (host === 'mail.google.com') return 'gmail';
  if ((OUTLOOK_HOSTS as readonly string[]).includes(host)) return 'outlook';
  return undefined;
}
