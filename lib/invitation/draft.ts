/**
 * Renders the invitation e-mail: subject, plain text and HTML from one template.
 * The HTML is built from the same segments as the text, each text piece escaped
 * once by `escapeHtml`, so customer-supplied names can never become markup.
 */
import type {
  Cloud,
  DraftPurpose,
  EmailLanguage,
  PartnerProfile,
  Result,
  Settings,
} from '../schema';
import { escapeHtml } from './escape-html';
import { checkInvitationUrl, type InvitationUrlErrorCode } from './hosts';
import { type GdapLinkErrorCode, parseGdapLink } from './parse-gdap';
import { fail, ok } from './result';
import { acceptPortalFor } from './rules';
import {
  type DraftValues,
  renderTemplate,
  type Segment,
  segmentsToText,
  type TemplateErrorCode,
} from './template-syntax';
import { SIGN_OFFS, templateFor } from './templates';

export interface DraftInput {
  language: EmailLanguage;
  purpose: DraftPurpose;
  cloud: Cloud;
  customerName: string;
  contactName?: string;
  partnerName: string;
  senderName: string;
  /** The profile's signature; when empty, the sender's name and the partner's name sign. */
  signature?: string;
  /** The invitation link, built or pasted; must be https on a Microsoft host. */
  link: string;
  gdapLink?: string;
  /** A reminder: when the invitation it follows up was sent (epoch ms), for `{sentDate}`. */
  sentAt?: number;
  /** `Settings.templates`: the partner's own templates override the built-in ones. */
  templates?: Settings['templates'];
}

/** The profile's part of a draft: who signs it, and with which signature. */
export function signerOf(
  profile: Pick<PartnerProfile, 'partnerName' | 'senderName' | 'signature'>,
): Pick<DraftInput, 'partnerName' | 'senderName' | 'signature'> {
  return {
    partnerName: profile.partnerName,
    senderName: profile.senderName,
    ...(profile.signature ? { signature: profile.signature } : {}),
  };
}

export interface InvitationDraft {
  subject: string;
  text: string;
  html: string;
  /**
   * The built-in sign-off as it stands at the end of `text` ("Kind regards,\nAnna"),
   * so a hand-over can leave it to the compose window's own signature (sign-off.ts).
   */
  closing: string;
}

export type DraftErrorCode =
  | TemplateErrorCode
  | InvitationUrlErrorCode
  | GdapLinkErrorCode
  | 'customer-name-missing';

export function renderDraft(input: DraftInput): Result<InvitationDraft, DraftErrorCode> {
  const link = checkInvitationUrl(input.link.trim());
  if (!link.ok) return link;
  // The parsed URLs' own serialisations are what the e-mail carries, never raw text.
  let gdapLink = input.gdapLink?.trim() ?? '';
  if (gdapLink !== '') {
    const gdap = parseGdapLink(gdapLink);
    if (!gdap.ok) return gdap;
    gdapLink = gdap.value.url;
  }
  if (input.customerName.trim() === '') {
    return fail('customer-name-missing', 'Enter the customer name before writing the e-mail.');
  }
  const chosen = templateFor(input.language, input.purpose, input.templates);
  if (!chosen.ok) return chosen;

  const values = draftValues(input, link.value.href, gdapLink);
  const subjectText = segmentsToText(renderTemplate(chosen.value.template.subject, values));
  const body = renderTemplate(chosen.value.template.body, values);
  return ok({
    // A subject is one line: a line break in a name must not split the header.
    subject: subjectText.replace(/\s*[\r\n]+\s*/g, ' ').trim(),
    text: segmentsToText(body),
    html: segmentsToHtml(body),
    closing: segmentsToText(renderTemplate(SIGN_OFFS[input.language], values)),
  });
}

/** "3 March 2026", "3 maart 2026": a date the customer reads in the e-mail's language. */
function longDate(at: number | undefined, language: EmailLanguage): string {
  if (at === undefined) return '';
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    at,
  );
}

function draftValues(input: DraftInput, link: string, gdapLink: string): DraftValues {
  const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const signature = input.signature?.trim()
    ? input.signature.trim()
    : [oneLine(input.senderName), oneLine(input.partnerName)].filter(Boolean).join('\n');
  return {
    customerName: oneLine(input.customerName),
    contactName: oneLine(input.contactName),
    partnerName: oneLine(input.partnerName),
    senderName: oneLine(input.senderName),
    link,
    acceptPortal: acceptPortalFor(input.cloud, input.language).name,
    gdapLink,
    signature,
    sentDate: longDate(input.sentAt, input.language),
  };
}

/**
 * Paragraphs at blank lines, `<br>` at single line breaks. Splitting happens after
 * escaping, which is safe: escaping never adds or removes a line break.
 */
export function segmentsToHtml(segments: readonly Segment[]): string {
  const html = segments
    .map((s) =>
      s.kind === 'text'
        ? escapeHtml(s.text)
        : `<a href="${escapeHtml(s.href)}">${escapeHtml(s.href)}</a>`,
    )
    .join('');
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}
