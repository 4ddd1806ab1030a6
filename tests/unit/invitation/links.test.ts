import { describe, expect, it } from 'vitest';
import {
  buildInvitationLink,
  defaultVariantFor,
  type InvitationLinkOptions,
} from '../../../lib/invitation';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const PROVIDER = 'a1b2c3d4-e5f6-4789-abcd-ef0123456789';
const PARTNER_ID = '1234567';

describe('buildInvitationLink reproduces every docs/DOMAIN.md format', () => {
  it.each<[string, InvitationLinkOptions, string]>([
    [
      'direct current, DAP true',
      { variant: 'direct-current', tenantId: TENANT, adminPrivileges: true },
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation',
    ],
    [
      'direct current, DAP false',
      { variant: 'direct-current', tenantId: TENANT, adminPrivileges: false },
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation',
    ],
    [
      'direct before 2021',
      { variant: 'direct-legacy', tenantId: TENANT, adminPrivileges: true },
      'https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=3f2504e0-4f89-41d3-9a0c-0305e82c3301&csp=1&msppid=0',
    ],
    [
      'indirect documented',
      {
        variant: 'indirect-documented',
        tenantId: TENANT,
        adminPrivileges: true,
        partnerId: PARTNER_ID,
        providerTenantId: PROVIDER,
      },
      'https://portal.office.com/partner/partnersignup.aspx?type=IndirectResellerRelationship&id=3f2504e0-4f89-41d3-9a0c-0305e82c3301&csp=1&msppid=1234567&indirectCSP=a1b2c3d4-e5f6-4789-abcd-ef0123456789',
    ],
    [
      'indirect current, DAP true',
      {
        variant: 'indirect-current',
        tenantId: TENANT,
        adminPrivileges: true,
        partnerId: PARTNER_ID,
        providerTenantId: PROVIDER,
      },
      'https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=1234567&indirectCSPId=a1b2c3d4-e5f6-4789-abcd-ef0123456789&DAP=true#/BillingAccounts/partner-invitation',
    ],
    [
      'indirect current, DAP false',
      {
        variant: 'indirect-current',
        tenantId: TENANT,
        adminPrivileges: false,
        partnerId: PARTNER_ID,
        providerTenantId: PROVIDER,
      },
      'https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=1234567&indirectCSPId=a1b2c3d4-e5f6-4789-abcd-ef0123456789&DAP=false#/BillingAccounts/partner-invitation',
    ],
  ])('%s', (_name, opts, expected) => {
    expect(buildInvitationLink(opts)).toEqual({ ok: true, value: expected });
  });

  it('trims pasted IDs but keeps them otherwise as given', () => {
    const r = buildInvitationLink({
      variant: 'direct-legacy',
      tenantId: `  ${TENANT.toUpperCase()}\n`,
      adminPrivileges: false,
    });
    expect(r).toEqual({
      ok: true,
      value:
        'https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=3F2504E0-4F89-41D3-9A0C-0305E82C3301&csp=1&msppid=0',
    });
  });

  it('ignores a PartnerID for direct links: msppId is 0 for a direct partner', () => {
    const r = buildInvitationLink({
      variant: 'direct-current',
      tenantId: TENANT,
      adminPrivileges: false,
      partnerId: PARTNER_ID,
    });
    expect(r.ok && r.value).toContain('&msppId=0&');
  });
});

describe('buildInvitationLink refuses bad input', () => {
  const indirect = {
    variant: 'indirect-current',
    tenantId: TENANT,
    adminPrivileges: false,
    partnerId: PARTNER_ID,
    providerTenantId: PROVIDER,
  } as const;

  it.each<[string, InvitationLinkOptions, string, string?]>([
    ['empty tenant', { ...indirect, tenantId: '' }, 'tenant-id-malformed'],
    ['tenant not a GUID', { ...indirect, tenantId: 'contoso' }, 'tenant-id-malformed', 'contoso'],
    ['missing PartnerID', { ...indirect, partnerId: undefined }, 'partner-id-required'],
    ['blank PartnerID', { ...indirect, partnerId: '  ' }, 'partner-id-required'],
    [
      'PartnerID with letters',
      { ...indirect, partnerId: '12a456' },
      'partner-id-malformed',
      '12a456',
    ],
    ['PartnerID zero', { ...indirect, partnerId: '0' }, 'partner-id-malformed'],
    ['missing provider', { ...indirect, providerTenantId: undefined }, 'provider-id-required'],
    [
      'provider not a GUID',
      { ...indirect, providerTenantId: 'abc' },
      'provider-id-malformed',
      'abc',
    ],
    [
      'provider is the partner itself',
      { ...indirect, providerTenantId: TENANT.toUpperCase() },
      'provider-id-same-as-tenant',
    ],
    [
      'documented variant without PartnerID',
      { ...indirect, variant: 'indirect-documented', partnerId: undefined },
      'partner-id-required',
    ],
  ])('%s', (_name, opts, code, named) => {
    const r = buildInvitationLink(opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(/^[A-Z"].*[.]$/);
    if (named) expect(r.error.message).toContain(named);
  });
});

describe('buildInvitationLink with a link template from settings', () => {
  const CURRENT = 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship';
  const direct = { variant: 'direct-current', tenantId: TENANT, adminPrivileges: true } as const;
  const indirect = {
    variant: 'indirect-current',
    tenantId: TENANT,
    adminPrivileges: false,
    partnerId: PARTNER_ID,
    providerTenantId: PROVIDER,
  } as const;

  it('fills every placeholder', () => {
    const template =
      'https://portal.office365.us/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={partnerId}&msppId={msppId}&indirectCSPId={providerId}&DAP={dap}#/BillingAccounts/partner-invitation';
    expect(buildInvitationLink({ ...indirect, template })).toEqual({
      ok: true,
      value:
        'https://portal.office365.us/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=1234567&indirectCSPId=a1b2c3d4-e5f6-4789-abcd-ef0123456789&DAP=false#/BillingAccounts/partner-invitation',
    });
  });

  it('gives msppId 0 for a direct partner', () => {
    const template =
      'https://portal.office365.us/Adminportal/Home?invType=ResellerRelationship&partnerId={partnerId}&msppId={msppId}&DAP={dap}';
    expect(buildInvitationLink({ ...direct, template })).toEqual({
      ok: true,
      value:
        'https://portal.office365.us/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true',
    });
  });

  it('uses the built-in format when the template is blank', () => {
    const r = buildInvitationLink({ ...direct, template: '   ' });
    expect(r.ok && r.value.startsWith('https://admin.microsoft.com/')).toBe(true);
  });

  it.each([
    ['unknown placeholder', `${CURRENT}&partnerId={partnerId}&t={tenant}`, '{tenant}'],
    ['no {partnerId}', `${CURRENT}&msppId={msppId}`, '{partnerId}'],
    ['not https', `${CURRENT}&partnerId={partnerId}`.replace('https:', 'http:'), 'https://'],
    ['not a Microsoft host', 'https://evil.example/x?p={partnerId}', 'evil.example'],
    ['not a URL', 'partnerId={partnerId}', 'not a web address'],
    [
      '{providerId} in a direct link',
      `${CURRENT}&partnerId={partnerId}&indirectCSPId={providerId}`,
      'indirect',
    ],
    ['a path no invitation has', 'https://admin.microsoft.com/x?p={partnerId}', 'not a reseller'],
    [
      'a backslash hiding another host',
      `https://admin.microsoft.com\\@evil.example/Adminportal/Home?invType=ResellerRelationship&partnerId={partnerId}`,
      'backslash',
    ],
    [
      'a user name before the host',
      `https://admin.microsoft.com@evil.example/Adminportal/Home?partnerId={partnerId}`,
      'evil.example',
    ],
    [
      'a user name on the right host',
      `https://evil.example@admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={partnerId}`,
      'user name',
    ],
    ['a port', `${CURRENT.replace('.com/', '.com:8443/')}&partnerId={partnerId}`, 'port'],
    ['a field of its own', `${CURRENT}&partnerId={partnerId}&next=https://evil.example`, '"next"'],
  ])('refuses a template with %s', (_name, template, named) => {
    const r = buildInvitationLink({ ...direct, template });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('template-invalid');
    expect(r.error.message).toContain(named);
  });

  it('refuses a template that would turn an indirect link into a direct one', () => {
    const r = buildInvitationLink({
      ...indirect,
      template: `${CURRENT}&partnerId={partnerId}&msppId={msppId}`,
    });
    expect(r.ok ? r.value : r.error.code).toBe('template-invalid');
  });

  it('still checks the IDs before the template', () => {
    const r = buildInvitationLink({
      ...direct,
      tenantId: 'x',
      template: `${CURRENT}&partnerId={partnerId}`,
    });
    expect(r.ok ? r.value : r.error.code).toBe('tenant-id-malformed');
  });
});

describe('defaultVariantFor', () => {
  it.each([
    ['direct', 'direct-current'],
    ['indirect', 'indirect-current'],
  ] as const)('%s → %s', (type, variant) => {
    expect(defaultVariantFor(type)).toBe(variant);
  });
});
