/**
 * Reads a link the partner pasted (Partner Center's own, or one from an older
 * e-mail): which variant it is and what it carries. The product must accept the
 * exact link Partner Center gave, because national-cloud formats are UNCONFIRMED;
 * it must also refuse anything else, so every part is checked: the path shape,
 * each field by name (once), the fragment. What is stored and sent is the parsed
 * URL's own serialisation (`url.href`), never the pasted text.
 */
import { GUID_PATTERN, type LinkVariant, type Result } from '../schema/values';
import { checkInvitationUrl, type InvitationUrlErrorCode, shorten } from './hosts';
import { type LinkFamily, NOT_AN_INVITATION, readLinkShape, type SeenForm } from './link-shape';
import { fail, ok } from './result';

export interface ParsedInvitationLink {
  variant: LinkVariant;
  /**
   * How the link differs from docs/DOMAIN.md's documented formats: forms seen in
   * real use (UNCONFIRMED), recognised and named, checked as strictly.
   */
  seenForms: SeenForm[];
  tenantId: string;
  /** The reseller's PartnerID; absent when msppId is 0 (a direct partner). */
  partnerId?: string;
  providerTenantId?: string;
  /** The DAP field; absent in formats that have none. */
  adminPrivileges?: boolean;
  /** The link as the URL parser serialises it: what reaches the customer. */
  url: string;
}

export type InvitationLinkParseErrorCode =
  | InvitationUrlErrorCode
  | 'unknown-link-type'
  | 'unknown-field'
  | 'repeated-field'
  | 'unknown-fragment'
  | 'tenant-id-missing'
  | 'tenant-id-malformed'
  | 'partner-id-missing'
  | 'partner-id-malformed'
  | 'provider-id-missing'
  | 'provider-id-malformed'
  | 'dap-malformed';

type Params = Map<string, string>;
type Parse<T> = Result<T, InvitationLinkParseErrorCode>;

export function parseInvitationLink(text: string): Parse<ParsedInvitationLink> {
  const checked = checkInvitationUrl(unwrapPasted(text));
  if (!checked.ok) return checked;
  const shape = readLinkShape(checked.value);
  if (!shape.ok) return shape;
  const { family, params, seenForms } = shape.value;
  const variant = variantOf(family, params);
  if (!variant.ok) return variant;
  const link: ParsedInvitationLink = {
    variant: variant.value,
    seenForms,
    tenantId: '',
    url: checked.value.href,
  };
  return readFields(link, family, params);
}

function variantOf(family: LinkFamily, params: Params): Parse<LinkVariant> {
  const type = params.get(family === 'legacy' ? 'type' : 'invtype')?.toLowerCase();
  if (type === 'resellerrelationship') {
    return ok(family === 'legacy' ? 'direct-legacy' : 'direct-current');
  }
  if (type === 'indirectresellerrelationship') {
    return ok(family === 'legacy' ? 'indirect-documented' : 'indirect-current');
  }
  return fail('unknown-link-type', NOT_AN_INVITATION);
}

function readFields(
  link: ParsedInvitationLink,
  family: LinkFamily,
  params: Params,
): Parse<ParsedInvitationLink> {
  const tenantId = readGuid(params, family === 'legacy' ? 'id' : 'partnerid', 'tenant');
  if (!tenantId.ok) return tenantId;
  link.tenantId = tenantId.value;

  const indirect = link.variant === 'indirect-current' || link.variant === 'indirect-documented';
  const partnerId = readPartnerId(params.get('msppid'), indirect);
  if (!partnerId.ok) return partnerId;
  if (partnerId.value !== undefined) link.partnerId = partnerId.value;

  if (indirect) {
    const provider = readGuid(
      params,
      family === 'legacy' ? 'indirectcsp' : 'indirectcspid',
      'provider',
    );
    if (!provider.ok) return provider;
    link.providerTenantId = provider.value;
  }
  const csp = params.get('csp');
  if (csp !== undefined && csp !== '1') {
    return fail('unknown-field', `The link's csp field must be 1, not "${shorten(csp, 40)}".`);
  }

  const dap = params.get('dap');
  if (dap !== undefined) {
    if (!/^(true|false)$/i.test(dap)) {
      return fail(
        'dap-malformed',
        `The link's DAP field must be true or false, not "${shorten(dap, 40)}".`,
      );
    }
    link.adminPrivileges = dap.toLowerCase() === 'true';
  } else if (family !== 'legacy') {
    link.seenForms.push('no-dap-field');
  }
  return ok(link);
}

/** Outlook and Teams paste links as `<https://…>`; people paste them in quotes. */
function unwrapPasted(text: string): string {
  const trimmed = text.trim();
  const wrapped = /^(?:<(.*)>|"(.*)"|'(.*)')$/s.exec(trimmed);
  return wrapped ? (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? '').trim() : trimmed;
}

function readGuid(params: Params, key: string, whose: 'tenant' | 'provider'): Parse<string> {
  const value = params.get(key) ?? '';
  const label =
    whose === 'tenant' ? "the partner's tenant ID" : "the indirect provider's tenant ID";
  if (value === '') {
    return fail(
      whose === 'tenant' ? 'tenant-id-missing' : 'provider-id-missing',
      `The link has no ${label}; copy the whole link again from Partner Center.`,
    );
  }
  if (!GUID_PATTERN.test(value)) {
    return fail(
      whose === 'tenant' ? 'tenant-id-malformed' : 'provider-id-malformed',
      `The link's ${label} "${shorten(value, 60)}" is not a GUID; the link may have been cut or changed.`,
    );
  }
  return ok(value);
}

function readPartnerId(value: string | undefined, indirect: boolean): Parse<string | undefined> {
  if (value !== undefined && value !== '' && !/^\d{1,10}$/.test(value)) {
    return fail(
      'partner-id-malformed',
      `The link's PartnerID (msppId) "${shorten(value, 40)}" is not a number.`,
    );
  }
  const meaningful = value !== undefined && !/^0*$/.test(value) ? value : undefined;
  if (indirect && meaningful === undefined) {
    return fail(
      'partner-id-missing',
      "An indirect reseller link must carry the reseller's PartnerID (msppId), and this one does not.",
    );
  }
  return ok(meaningful);
}
