import { describe, expect, it } from 'vitest';
import {
  buildInvitationLink,
  type InvitationLinkOptions,
  isMicrosoftInvitationHost,
  parseInvitationLink,
} from '../../../lib/invitation';
import { LINK_VARIANTS } from '../../../lib/schema';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const PROVIDER = 'a1b2c3d4-e5f6-4789-abcd-ef0123456789';

const DIRECT_CURRENT =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation';
const DIRECT_LEGACY =
  'https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=3f2504e0-4f89-41d3-9a0c-0305e82c3301&csp=1&msppid=0';
const INDIRECT_DOCUMENTED =
  'https://portal.office.com/partner/partnersignup.aspx?type=IndirectResellerRelationship&id=3f2504e0-4f89-41d3-9a0c-0305e82c3301&csp=1&msppid=1234567&indirectCSP=a1b2c3d4-e5f6-4789-abcd-ef0123456789';
const INDIRECT_CURRENT =
  'https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=1234567&indirectCSPId=a1b2c3d4-e5f6-4789-abcd-ef0123456789&DAP=false#/BillingAccounts/partner-invitation';

describe('parseInvitationLink recognises every variant', () => {
  it.each([
    [DIRECT_CURRENT, { variant: 'direct-current', tenantId: TENANT, adminPrivileges: true }],
    [DIRECT_LEGACY, { variant: 'direct-legacy', tenantId: TENANT }],
    [
      INDIRECT_DOCUMENTED,
      {
        variant: 'indirect-documented',
        tenantId: TENANT,
        partnerId: '1234567',
        providerTenantId: PROVIDER,
      },
    ],
    [
      INDIRECT_CURRENT,
      {
        variant: 'indirect-current',
        tenantId: TENANT,
        partnerId: '1234567',
        providerTenantId: PROVIDER,
        adminPrivileges: false,
      },
    ],
  ])('%s', (url, fields) => {
    expect(parseInvitationLink(url)).toEqual({
      ok: true,
      value: { ...fields, seenForms: [], url },
    });
  });

  it('trims, and unwraps a link pasted as <…> or in quotes', () => {
    for (const pasted of [`  ${DIRECT_LEGACY}\n`, `<${DIRECT_LEGACY}>`, `"${DIRECT_LEGACY}"`]) {
      const r = parseInvitationLink(pasted);
      expect(r.ok && r.value.url).toBe(DIRECT_LEGACY);
    }
  });

  it('matches field names and values case-insensitively, as real links vary', () => {
    const url =
      'https://admin.microsoft.com/AdminPortal/Home?INVTYPE=indirectresellerrelationship&PartnerID=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppid=1234567&IndirectCspId=a1b2c3d4-e5f6-4789-abcd-ef0123456789&dap=TRUE#/BillingAccounts/partner-invitation';
    const r = parseInvitationLink(url);
    expect(r.ok && r.value).toMatchObject({
      variant: 'indirect-current',
      partnerId: '1234567',
      providerTenantId: PROVIDER,
      adminPrivileges: true,
      url,
    });
  });

  it('reads a known format on a national-cloud host', () => {
    const r = parseInvitationLink(
      DIRECT_CURRENT.replace('admin.microsoft.com', 'portal.office365.us'),
    );
    expect(r.ok && r.value.variant).toBe('direct-current');
  });

  it('returns the link as the URL parser serialises it, which is what is sent', () => {
    const url = DIRECT_LEGACY.replace('portal.office.com', 'Portal.Office.com:443');
    const r = parseInvitationLink(url);
    expect(r.ok && r.value.url).toBe(DIRECT_LEGACY);
  });
});

describe('parseInvitationLink refuses', () => {
  it.each([
    ['not-a-url', 'just some text', 'just some text'],
    ['not-a-url', '', ''],
    ['not-a-url', 'admin.microsoft.com/Adminportal/Home', ''],
    ['not-https', DIRECT_LEGACY.replace('https:', 'http:'), 'http:'],
    [
      'host-not-microsoft',
      DIRECT_LEGACY.replace('portal.office.com', 'portal.office.com.evil.example'),
      'portal.office.com.evil.example',
    ],
    [
      'host-not-microsoft',
      DIRECT_LEGACY.replace('portal.office.com', 'login.microsoftonline.com'),
      'login.microsoftonline.com',
    ],
    ['unknown-fragment', `${DIRECT_CURRENT.split('#')[0]}#/homepage`, '#/homepage'],
    ['unknown-link-type', DIRECT_LEGACY.replace('type=ResellerRelationship', 'type=Something'), ''],
    ['unknown-link-type', DIRECT_CURRENT.replace('/Adminportal/Home', '/Other'), ''],
    ['tenant-id-missing', DIRECT_CURRENT.replace(`partnerId=${TENANT}&`, ''), ''],
    ['tenant-id-missing', DIRECT_LEGACY.replace(`id=${TENANT}`, 'id='), ''],
    [
      'tenant-id-malformed',
      DIRECT_CURRENT.replace(TENANT, '3f2504e0-4f89-41d3-9a0c'),
      '3f2504e0-4f89-41d3-9a0c',
    ],
    [
      'partner-id-malformed',
      INDIRECT_CURRENT.replace('msppId=1234567', 'msppId=12x4567'),
      '12x4567',
    ],
    ['partner-id-malformed', DIRECT_CURRENT.replace('msppId=0', 'msppId=zero'), 'zero'],
    ['partner-id-missing', INDIRECT_DOCUMENTED.replace('msppid=1234567', 'msppid=0'), ''],
    ['provider-id-missing', INDIRECT_DOCUMENTED.replace(`&indirectCSP=${PROVIDER}`, ''), ''],
    ['provider-id-malformed', INDIRECT_CURRENT.replace(PROVIDER, 'not-a-guid'), 'not-a-guid'],
    ['dap-malformed', DIRECT_CURRENT.replace('DAP=true', 'DAP=yes'), 'yes'],
  ])('%s: %s', (code, text, named) => {
    const r = parseInvitationLink(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.length).toBeGreaterThan(20);
    expect(r.error.message).toContain(named);
  });
});

describe('build → parse round trip', () => {
  it.each(LINK_VARIANTS.flatMap((variant) => [true, false].map((dap) => [variant, dap] as const)))(
    '%s with DAP %s',
    (variant, adminPrivileges) => {
      const opts: InvitationLinkOptions = {
        variant,
        tenantId: TENANT,
        adminPrivileges,
        partnerId: '7654321',
        providerTenantId: PROVIDER,
      };
      const built = buildInvitationLink(opts);
      if (!built.ok) throw new Error(built.error.message);
      const parsed = parseInvitationLink(built.value);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const indirect = variant.startsWith('indirect');
      const hasDap = variant.endsWith('current');
      expect(parsed.value).toEqual({
        variant,
        seenForms: [],
        tenantId: TENANT,
        url: built.value,
        ...(indirect ? { partnerId: '7654321', providerTenantId: PROVIDER } : {}),
        ...(hasDap ? { adminPrivileges } : {}),
      });
    },
  );
});

describe('isMicrosoftInvitationHost', () => {
  it.each([
    ['admin.microsoft.com', true],
    ['ADMIN.Microsoft.com', true],
    ['admin.microsoft.com.', true],
    ['portal.office.com', true],
    ['portal.office365.us', true],
    ['portal.partner.microsoftonline.cn', true],
    ['evil-admin.microsoft.com.example', false],
    ['sub.admin.microsoft.com', false],
    ['microsoft.com', false],
    ['admin.micros0ft.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isMicrosoftInvitationHost(host)).toBe(expected);
  });
});
