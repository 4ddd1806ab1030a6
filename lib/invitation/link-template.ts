/**
 * A partner-defined link format (`Settings.linkTemplates[cloud]`). National-cloud
 * hosts are UNCONFIRMED (docs/DOMAIN.md), so the partner can paste the format Partner
 * Center gives them, with placeholders, instead of waiting for a release:
 *
 *   {partnerId}  the partner's (reseller's) tenant ID — named after the URL field
 *   {msppId}     `0` for a direct partner, the reseller's PartnerID when indirect
 *   {dap}        `true` or `false`
 *   {providerId} the indirect provider's tenant ID
 */
import type { Result } from '../schema';
import { parseInvitationLink } from './parse';
import { fail, ok } from './result';

export const LINK_TEMPLATE_PLACEHOLDERS = ['partnerId', 'msppId', 'dap', 'providerId'] as const;
export type LinkTemplatePlaceholder = (typeof LINK_TEMPLATE_PLACEHOLDERS)[number];

export type LinkTemplateErrorCode = 'template-invalid';

export interface LinkTemplateValues {
  tenantId: string;
  msppId: string;
  dap: 'true' | 'false';
  providerTenantId?: string;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Sample values to try a template with before any real values are known. */
const SAMPLE: LinkTemplateValues = {
  tenantId: '00000000-0000-4000-8000-000000000001',
  msppId: '1234567',
  dap: 'false',
  providerTenantId: '00000000-0000-4000-8000-000000000002',
};

/**
 * Checks a template as the settings page saves it: known placeholders, and once
 * filled with sample values a link `parseInvitationLink` reads (a Microsoft https
 * host, an invitation's path, fields and fragment, no user name or port).
 */
export function validateLinkTemplate(template: string): Result<string, LinkTemplateErrorCode> {
  const names = checkPlaceholders(template);
  if (!names.ok) return names;
  const filled = checkFilled(template, SAMPLE);
  return filled.ok ? ok(template.trim()) : filled;
}

/**
 * Fills a template for one link; refuses a template that cannot express that
 * link. The result is the parsed link's own serialisation, the text that is sent.
 */
export function fillLinkTemplate(
  template: string,
  values: LinkTemplateValues,
  indirect: boolean,
): Result<string, LinkTemplateErrorCode> {
  const names = checkPlaceholders(template);
  if (!names.ok) return names;
  if (indirect && !(names.value.includes('providerId') && names.value.includes('msppId'))) {
    // Without them the link would silently become a direct-reseller invitation.
    return invalid(
      'an indirect reseller link needs both {msppId} and {providerId}, and the template lacks one',
    );
  }
  if (!indirect && names.value.includes('providerId')) {
    return invalid('it contains {providerId}, which belongs in indirect reseller links only');
  }
  const sample = checkFilled(template, SAMPLE);
  return sample.ok ? checkFilled(template, values) : sample;
}

function checkPlaceholders(template: string): Result<string[], LinkTemplateErrorCode> {
  const names = placeholdersIn(template);
  const unknown = names.filter((n) => !isKnown(n));
  if (unknown.length > 0) {
    return invalid(
      `it uses ${unknown.map((n) => `{${n}}`).join(', ')}; the known placeholders are ${LINK_TEMPLATE_PLACEHOLDERS.map((n) => `{${n}}`).join(', ')}`,
    );
  }
  if (!names.includes('partnerId')) {
    return invalid('it has no {partnerId}, so the link would not lead to your account');
  }
  return ok(names);
}

/** The filled template as the parser serialises it, or why it is no invitation link. */
function checkFilled(
  template: string,
  values: LinkTemplateValues,
): Result<string, LinkTemplateErrorCode> {
  const filled = parseInvitationLink(substitute(template.trim(), values));
  return filled.ok ? ok(filled.value.url) : invalid(lowerFirst(filled.error.message));
}

function substitute(template: string, v: LinkTemplateValues): string {
  const byName: Record<LinkTemplatePlaceholder, string> = {
    partnerId: v.tenantId,
    msppId: v.msppId,
    dap: v.dap,
    providerId: v.providerTenantId ?? '',
  };
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    isKnown(name) ? byName[name] : whole,
  );
}

function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

function isKnown(name: string): name is LinkTemplatePlaceholder {
  return (LINK_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

function invalid(reason: string): {
  ok: false;
  error: { code: 'template-invalid'; message: string };
} {
  return fail('template-invalid', `The link template in your settings cannot be used: ${reason}.`);
}

function lowerFirst(sentence: string): string {
  return (sentence.charAt(0).toLowerCase() + sentence.slice(1)).replace(/\.$/, '');
}
