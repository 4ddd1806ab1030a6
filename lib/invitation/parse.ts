/**
 * Reads a link the partner pasted (Partner Center's own, or one from an older
 * e-mail): which variant it is and what it carries. The product must accept the
 * exact link Partner Center gave, because national-cloud formats are UNCONFIRMED.
 */
import { GUID_PATTERN, type LinkVariant, type Result } from '../schema';
import { checkInvitationUrl, type InvitationUrlErrorCode, shorten } from './hosts';
import { fail, ok } from './result';

export interface ParsedInvitationLink {
  variant: LinkVariant;
  tenantId: string;
  /** The reseller's PartnerID; absent when msppId is 0 (a direct partner). */
  partnerId?: string;
  providerTenantId?: string;
  /** The DAP field; absent in formats that have none. */
  adminPrivileges?: boolean;
  /** The link exactly as pasted (trimmed): it must reach the customer unchanged. */
  url: string;
}

export type InvitationLinkParseErrorCode =
  | InvitationUrlErrorCode
  | 'unknown-link-type'
  | 'tenant-id-missing'
  | 'tenant-id-malformed'
  | 'partner-id-missing'
  | 'partner-id-malformed'
  | 'provider-id-missing'
  | 'provider-id-malformed'
  | 'dap-malformed';

type Params = Map<string, string>;

export function parseInvitationLink(
  text: string,
): Result<ParsedInvitationLink, InvitationLinkParseErrorCode> {
  const pasted = unwrapPasted(text);
  const checked = checkInvitationUrl(pasted);
  if (!checked.ok) return checked;
  const params = readParams(checked.value);
  const variant = recogniseVariant(checked.value, params);
  if (!variant) {
    return fail(
      'unknown-link-type',
      'This Microsoft link is not a reseller-relationship invitation. Copy the link from Partner Center (Customers → Request a reseller relationship).',
    );
  }
  const current = variant === 'direct-current' || variant === 'indirect-current';
  const tenantId = readGuid(params, current ? 'partnerid' : 'id', 'tenant');
  if (!tenantId.ok) return tenantId;
  const link: ParsedInvitationLink = { variant, tenantId: tenantId.value, url: pasted };

  const indirect = variant === 'indirect-current' || variant === 'indirect-documented';
  const partnerId = readPartnerId(params.get('msppid'), indirect);
  if (!partnerId.ok) return partnerId;
  if (partnerId.value !== undefined) link.partnerId = partnerId.value;

  if (indirect) {
    // The documented format says indirectCSP, the current one indirectCSPId; accept both.
    const key = params.has('indirectcspid') ? 'indirectcspid' : 'indirectcsp';
    const provider = readGuid(params, key, 'provider');
    if (!provider.ok) return provider;
    link.providerTenantId = provider.value;
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
  }
  return ok(link);
}

/** Outlook and Teams paste links as `<https://…>`; people paste them in quotes. */
function unwrapPasted(text: string): string {
  const trimmed = text.trim();
  const wrapped = /^(?:<(.*)>|"(.*)"|'(.*)')$/s.exec(trimmed);
  return wrapped ? (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? '').trim() : trimmed;
}

/**
 * Query fields by lower-cased name: real links vary (msppId / msppid). Fields
 * after a `?` inside the fragment count too, in case a portal moves them there.
 */
function readParams(url: URL): Params {
  const params: Params = new Map();
  const fragmentQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  for (const source of [url.search, fragmentQuery]) {
    for (const [name, value] of new URLSearchParams(source)) {
      const key = name.toLowerCase();
      if (!params.has(key)) params.set(key, value.trim());
    }
  }
  return params;
}

/** By path and fields, not host, so a national-cloud host with a known format is read too. */
function recogniseVariant(url: URL, params: Params): LinkVariant | undefined {
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  const invType = params.get('invtype')?.toLowerCase();
  const type = params.get('type')?.toLowerCase();
  if (path === '/adminportal/home' && invType) {
    if (invType === 'resellerrelationship') return 'direct-current';
    if (invType === 'indirectresellerrelationship') return 'indirect-current';
  }
  if (path === '/partner/partnersignup.aspx' && type) {
    if (type === 'resellerrelationship') return 'direct-legacy';
    if (type === 'indirectresellerrelationship') return 'indirect-documented';
  }
  return undefined;
}

function readGuid(
  params: Params,
  key: string,
  whose: 'tenant' | 'provider',
): Result<string, InvitationLinkParseErrorCode> {
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

function readPartnerId(
  value: string | undefined,
  indirect: boolean,
): Result<string | undefined, InvitationLinkParseErrorCode> {
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
