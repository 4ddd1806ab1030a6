/**
 * Builds the personalized reseller-relationship link, every variant docs/DOMAIN.md
 * lists, character for character. A per-cloud template from settings replaces
 * the built-in format, because the national-cloud hosts are UNCONFIRMED and
 * must be changeable without a release.
 */
import {
  GUID_PATTERN,
  type LinkVariant,
  PartnerIdSchema,
  type RelationshipType,
  type Result,
} from '../schema';
import { fillLinkTemplate, type LinkTemplateErrorCode } from './link-template';
import { fail, ok } from './result';

export interface InvitationLinkOptions {
  variant: LinkVariant;
  /** The partner's tenant ID (for indirect links: the reseller's tenant ID). */
  tenantId: string;
  /** DAP: ignored by the pre-2021 and documented-indirect formats, which have no such field. */
  adminPrivileges: boolean;
  /** The reseller's PartnerID (msppId); required for the indirect variants. */
  partnerId?: string;
  /** The indirect provider's tenant ID; required for the indirect variants. */
  providerTenantId?: string;
  /** `Settings.linkTemplates[cloud]`, when the partner set one. */
  template?: string;
}

export type InvitationLinkErrorCode =
  | 'tenant-id-malformed'
  | 'partner-id-required'
  | 'partner-id-malformed'
  | 'provider-id-required'
  | 'provider-id-malformed'
  | 'provider-id-same-as-tenant'
  | LinkTemplateErrorCode;

/** The variant Partner Center gives today for each relationship type. */
export function defaultVariantFor(relationshipType: RelationshipType): LinkVariant {
  return relationshipType === 'indirect' ? 'indirect-current' : 'direct-current';
}

export function isIndirectVariant(variant: LinkVariant): boolean {
  return variant === 'indirect-current' || variant === 'indirect-documented';
}

/** The values a link is made of, after checking. */
export interface InvitationLinkFields {
  tenantId: string;
  /** `0` for a direct partner, the reseller's PartnerID for an indirect one. */
  msppId: string;
  dap: 'true' | 'false';
  providerTenantId?: string;
}

export function buildInvitationLink(
  opts: InvitationLinkOptions,
): Result<string, InvitationLinkErrorCode> {
  const fields = checkFields(opts);
  if (!fields.ok) return fields;
  if (opts.template !== undefined && opts.template.trim() !== '') {
    return fillLinkTemplate(opts.template, fields.value, isIndirectVariant(opts.variant));
  }
  return ok(formatVariant(opts.variant, fields.value));
}

function checkFields(
  opts: InvitationLinkOptions,
): Result<InvitationLinkFields, InvitationLinkErrorCode> {
  const tenantId = opts.tenantId.trim();
  if (!GUID_PATTERN.test(tenantId)) {
    return fail(
      'tenant-id-malformed',
      tenantId === ''
        ? 'Enter your partner tenant ID: a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.'
        : `"${tenantId}" is not a tenant ID: it must be a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.`,
    );
  }
  const dap = opts.adminPrivileges ? 'true' : 'false';
  if (!isIndirectVariant(opts.variant)) return ok({ tenantId, msppId: '0', dap });

  const partnerId = opts.partnerId?.trim() ?? '';
  if (partnerId === '') {
    return fail(
      'partner-id-required',
      'An indirect reseller link needs your PartnerID (the number formerly called MPN ID).',
    );
  }
  if (!PartnerIdSchema.safeParse(partnerId).success || /^0+$/.test(partnerId)) {
    return fail(
      'partner-id-malformed',
      `"${partnerId}" is not a PartnerID: it is a number, usually of 6 or 7 digits.`,
    );
  }
  const providerTenantId = opts.providerTenantId?.trim() ?? '';
  if (providerTenantId === '') {
    return fail(
      'provider-id-required',
      "An indirect reseller link needs your indirect provider's tenant ID.",
    );
  }
  if (!GUID_PATTERN.test(providerTenantId)) {
    return fail(
      'provider-id-malformed',
      `"${providerTenantId}" is not a tenant ID: the indirect provider's tenant ID is a GUID.`,
    );
  }
  if (providerTenantId.toLowerCase() === tenantId.toLowerCase()) {
    return fail(
      'provider-id-same-as-tenant',
      "The indirect provider's tenant ID is the same as your own; enter your provider's tenant ID.",
    );
  }
  return ok({ tenantId, msppId: partnerId, dap, providerTenantId });
}

/** docs/DOMAIN.md's table, one line per variant; the fragment is part of the link. */
function formatVariant(variant: LinkVariant, f: InvitationLinkFields): string {
  switch (variant) {
    case 'direct-current':
      return `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${f.tenantId}&msppId=0&DAP=${f.dap}#/BillingAccounts/partner-invitation`;
    case 'direct-legacy':
      return `https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=${f.tenantId}&csp=1&msppid=0`;
    case 'indirect-documented':
      return `https://portal.office.com/partner/partnersignup.aspx?type=IndirectResellerRelationship&id=${f.tenantId}&csp=1&msppid=${f.msppId}&indirectCSP=${f.providerTenantId}`;
    case 'indirect-current':
      return `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${f.tenantId}&msppId=${f.msppId}&indirectCSPId=${f.providerTenantId}&DAP=${f.dap}#/BillingAccounts/partner-invitation`;
  }
}
