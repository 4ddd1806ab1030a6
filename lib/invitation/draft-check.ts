/**
 * The seed's one hard rule about the draft: the text may be edited, but the
 * personalized link must stay exactly as it is. This finds the link in edited
 * text — moving it is fine — and tells a removed link from an altered one
 * (changed, cut short, split over two lines, or an old link left behind).
 */
import { isMicrosoftInvitationHost, MICROSOFT_INVITATION_HOSTS, shorten } from './hosts';

export type DraftLinkCheck =
  | { ok: true }
  | { ok: false; code: 'link-removed' | 'link-altered'; message: string; found?: string };

export interface DraftLinkCheckOptions {
  /** Other links the draft may carry unchanged, such as the GDAP link. */
  otherLinks?: readonly string[];
}

interface Span {
  start: number;
  end: number;
  text: string;
}

const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»”’]+$/;
const hostAlternatives = /* @__PURE__ */ MICROSOFT_INVITATION_HOSTS.map((h) =>
  h.replace(/\./g, '\\.'),
).join('|');
/** Any web address, or a Microsoft host written without https:// (a link half deleted). */
// Pure: bundles that import the index without the link check can drop it.
const URL_LIKE = /* @__PURE__ */ new RegExp(
  `https?://[^\\s<>"]+|\\b(?:${hostAlternatives})[^\\s<>"]*`,
  'gi',
);

export function checkDraftKeepsLink(
  text: string,
  link: string,
  options: DraftLinkCheckOptions = {},
): DraftLinkCheck {
  const { exact, near } = findLink(text, link, options);
  const first = near[0];
  if (first) {
    const cut =
      stripScheme(link).startsWith(stripScheme(first.text)) && first.text.length < link.length;
    const what = exact
      ? 'The message has the personalized link, but also a changed copy of it'
      : /[\r\n]/.test(first.text)
        ? 'The personalized link in the message is split over two lines'
        : cut
          ? 'The personalized link in the message has been cut short'
          : 'The personalized link in the message has been changed';
    return {
      ok: false,
      code: 'link-altered',
      message: `${what} ("${shorten(first.text, 60)}"). It must stay exactly as Partner Center made it, or the customer cannot accept.`,
      found: first.text,
    };
  }
  if (!exact) {
    return {
      ok: false,
      code: 'link-removed',
      message:
        'The personalized link is no longer in the message. The customer needs it to accept the invitation.',
    };
  }
  return { ok: true };
}

/** Puts the right link where an altered one stands, or at the end when it was removed. */
export function restoreLink(
  text: string,
  link: string,
  options: DraftLinkCheckOptions = {},
): string {
  const { exact, near } = findLink(text, link, options);
  if (near.length > 0) {
    let restored = text;
    for (const span of [...near].reverse()) {
      restored = restored.slice(0, span.start) + link + restored.slice(span.end);
    }
    return restored;
  }
  if (exact) return text;
  const body = text.trimEnd();
  return body === '' ? link : `${body}\n\n${link}`;
}

function findLink(text: string, link: string, options: DraftLinkCheckOptions) {
  const others = new Set(options.otherLinks ?? []);
  let exact = false;
  const near: Span[] = [];
  for (const match of text.matchAll(URL_LIKE)) {
    const token = match[0].replace(TRAILING_PUNCTUATION, '');
    let span: Span = { start: match.index, end: match.index + token.length, text: token };
    if (token === link) {
      exact = true;
      continue;
    }
    if (others.has(token) || isGdapLink(token)) continue;
    span = joinWrappedLine(text, span, link);
    if (span.text !== token || isNearMatch(token, link)) near.push(span);
  }
  return { exact, near };
}

/** Plain-text mailers may wrap a long link; the rest then starts the next line. */
function joinWrappedLine(text: string, span: Span, link: string): Span {
  const head = stripScheme(span.text);
  const full = stripScheme(link);
  if (!full.startsWith(head) || head.length === full.length) return span;
  const rest = full.slice(head.length);
  const after = /^\r?\n[ \t>]*/.exec(text.slice(span.end));
  if (!after || !text.startsWith(rest, span.end + after[0].length)) return span;
  const end = span.end + after[0].length + rest.length;
  return { start: span.start, end, text: text.slice(span.start, end) };
}

/** Near: a cut or lengthened copy, the same page with other fields, or another invitation link. */
function isNearMatch(token: string, link: string): boolean {
  const url = toUrl(token);
  const target = toUrl(link);
  if (!url || !target) return false;
  const bare = stripScheme(token);
  const full = stripScheme(link);
  if (full.startsWith(bare) && bare.length > target.host.length + 1) return true;
  if (bare.startsWith(full)) return true;
  if (!isMicrosoftInvitationHost(url.hostname)) return false;
  const path = url.pathname.toLowerCase();
  if (path === target.pathname.toLowerCase() && path !== '/') return true;
  return path === '/partner/partnersignup.aspx' || /[?&#](invtype|msppid|indirectcsp)/i.test(token);
}

function isGdapLink(token: string): boolean {
  return /#\/partners\/invitation\//i.test(token);
}

function stripScheme(s: string): string {
  return s.replace(/^https?:\/\//i, '');
}

function toUrl(token: string): URL | undefined {
  try {
    return new URL(/^https?:\/\//i.test(token) ? token : `https://${token}`);
  } catch {
    return undefined;
  }
}
