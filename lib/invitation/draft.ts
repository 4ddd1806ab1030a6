/**
 * Renders the invitation e-mail: subject, plain text and HTML from one template.
 * The HTML is built from the same segments as the text, each text piece escaped
 * once by `escapeHtml`, so customer-supplied names can never become markup.
 */
import type { Cloud, EmailLanguage, Purpose, Result, Settings } from '../schema';
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
import { templateFor } from './templates';

export interface DraftInput {
  language: EmailLanguage;
  purpose: Purpose;
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
  /** `Settings.templates`: the partner's own templates override the built-in ones. */
  templates?: Settings['templates'];
}

export interface InvitationDraft {
  subject: string;
  text: string;
  html: string;
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
  });
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
