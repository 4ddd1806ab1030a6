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
import { checkInvitationUrl } from './hosts';
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

/** Checks a template as the settings page saves it: known placeholders, a Microsoft https link. */
export function validateLinkTemplate(template: string): Result<string, LinkTemplateErrorCode> {
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
  const url = checkInvitationUrl(substitute(template.trim(), SAMPLE));
  if (!url.ok) return invalid(lowerFirst(url.error.message));
  return ok(template.trim());
}

/** Fills a template for one link; refuses a template that cannot express that link. */
export function fillLinkTemplate(
  template: string,
  values: LinkTemplateValues,
  indirect: boolean,
): Result<string, LinkTemplateErrorCode> {
  const valid = validateLinkTemplate(template);
  if (!valid.ok) return valid;
  const names = placeholdersIn(valid.value);
  if (indirect && !(names.includes('providerId') && names.includes('msppId'))) {
    // Without them the link would silently become a direct-reseller invitation.
    return invalid(
      'an indirect reseller link needs both {msppId} and {providerId}, and the template lacks one',
    );
  }
  if (!indirect && names.includes('providerId')) {
    return invalid('it contains {providerId}, which belongs in indirect reseller links only');
  }
  return ok(substitute(valid.value, values));
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
