/**
 * The one allowlist of hosts an invitation (or GDAP) link may point to. docs/ARCHITECTURE.md
 * requires every link in a draft to be `https:` on Microsoft's hosts, so this list
 * is the single place to change when Microsoft moves a portal.
 *
 * Only the first two are confirmed by Microsoft's documentation (docs/DOMAIN.md). The
 * national-cloud hosts are the admin portals of those clouds as far as public
 * material shows; that the invitation is served there is UNCONFIRMED.
 */
import type { Result } from '../schema';
import { fail, ok } from './result';

export const MICROSOFT_INVITATION_HOSTS: readonly string[] = [
  // Public cloud, current links (request-reseller-relationship, GDAP).
  'admin.microsoft.com',
  // Public cloud, links before 2021 and the documented indirect-reseller link.
  'portal.office.com',
  // US Government (GCC High) Microsoft 365 admin center. UNCONFIRMED for invitations.
  'portal.office365.us',
  // US Government admin host seen beside the one above. UNCONFIRMED.
  'admin.microsoft.us',
  // US Government DoD admin portal. UNCONFIRMED.
  'portal.apps.mil',
  // Microsoft Cloud Germany (closed in 2021) Office admin portal. UNCONFIRMED.
  'portal.office.de',
  // Office 365 operated by 21Vianet (China) admin center. UNCONFIRMED.
  'portal.partner.microsoftonline.cn',
  // Microsoft Store for Business: /manage/partner-invitation links seen in real use. UNCONFIRMED.
  'businessstore.microsoft.com',
];

/** Exact match only: a subdomain or look-alike is not on the list. */
export function isMicrosoftInvitationHost(host: string): boolean {
  const normalized = host.trim().toLowerCase().replace(/\.$/, '');
  return MICROSOFT_INVITATION_HOSTS.includes(normalized);
}

export type InvitationUrlErrorCode =
  | 'not-a-url'
  | 'not-https'
  | 'host-not-microsoft'
  | 'has-credentials'
  | 'has-port'
  | 'has-backslash';

/**
 * Reads text as an absolute URL and checks it is `https:` on an allowlisted host,
 * with no user name, password or port: "https://admin.microsoft.com\\@evil.example/"
 * passes a host check in a browser (which reads `\\` as `/`) and reaches evil.example
 * in a mail app that does not. Shared by the parser, link templates, drafts and the
 * content script, so all refuse alike. Callers send `url.href`, never the text.
 */
export function checkInvitationUrl(text: string): Result<URL, InvitationUrlErrorCode> {
  const url = toUrl(text);
  if (!url) {
    return fail(
      'not-a-url',
      text.trim() === ''
        ? 'There is no link: paste the link Partner Center gave you.'
        : `"${shorten(text)}" is not a web address (a link starting with https://).`,
    );
  }
  if (url.protocol !== 'https:') {
    return fail(
      'not-https',
      `The link must start with https://, but it starts with ${url.protocol}//.`,
    );
  }
  if (!isMicrosoftInvitationHost(url.hostname)) {
    return fail(
      'host-not-microsoft',
      `The link points to ${url.hostname}, which is not a Microsoft invitation site.`,
    );
  }
  if (text.includes('\\')) {
    return fail(
      'has-backslash',
      'The link contains a backslash (\\), which browsers and mail apps read differently: it could lead the customer to another site. Copy the link again from Partner Center.',
    );
  }
  if (url.username !== '' || url.password !== '') {
    return fail(
      'has-credentials',
      'The link carries a user name or password before its host (user@host), which can disguise where it leads. Copy the link again from Partner Center.',
    );
  }
  if (url.port !== '') {
    return fail(
      'has-port',
      `The link names a port (:${url.port}); Microsoft's invitation links never do. Copy the link again from Partner Center.`,
    );
  }
  return ok(url);
}

/** `new URL` accepts `contoso:x`; a web address needs `//` and a host. */
function toUrl(text: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.hostname ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps error sentences readable when someone pastes a whole e-mail. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
