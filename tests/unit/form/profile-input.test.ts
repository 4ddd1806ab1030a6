import { describe, expect, it } from 'vitest';
import {
  fillFromLink,
  type ProfileInput,
  profileInputOf,
  readTenantIdInput,
  validateProfileInput,
} from '../../../lib/form/profile-input';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const PROVIDER = 'a1b2c3d4-e5f6-4789-abcd-ef0123456789';
const DIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const INDIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${TENANT}&msppId=1234567&indirectCSPId=${PROVIDER}&DAP=false#/BillingAccounts/partner-invitation`;
const LEGACY = `https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=${TENANT}&csp=1&msppid=0`;

const VALID: ProfileInput = {
  ...profileInputOf(undefined),
  tenantId: TENANT,
  partnerName: 'Contoso IT',
  senderName: 'Jan Jansen',
};

describe('the tenant ID field', () => {
  it.each([
    ['a GUID, any case', TENANT.toUpperCase(), { kind: 'guid', tenantId: TENANT }],
    [
      'a current direct link',
      DIRECT,
      { kind: 'link', tenantId: TENANT, variant: 'direct-current' },
    ],
    ['a pre-2021 link', LEGACY, { kind: 'link', tenantId: TENANT, variant: 'direct-legacy' }],
    ['a link pasted from Outlook in <…>', `<${DIRECT}>`, { kind: 'link', tenantId: TENANT }],
    [
      'an indirect link, with the PartnerID',
      INDIRECT,
      { kind: 'link', tenantId: TENANT, partnerId: '1234567', variant: 'indirect-current' },
    ],
    [
      'a link seen in real use, named as such',
      `https://businessstore.microsoft.com/manage/partner-invitation?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0`,
      {
        kind: 'link',
        tenantId: TENANT,
        variant: 'direct-current',
        seenForms: ['business-store', 'no-dap-field'],
      },
    ],
    ['nothing', '  ', { kind: 'empty' }],
  ])('reads %s', (_, text, expected) => {
    expect(readTenantIdInput(text)).toMatchObject(expected);
  });

  it.each([
    ['a short GUID', '3f2504e0-4f89-41d3', 'tenant-id-malformed'],
    [
      'a link to another site',
      `https://evil.example.com/?partnerId=${TENANT}`,
      'link-host-not-microsoft',
    ],
    [
      'a Microsoft link that is no invitation',
      'https://admin.microsoft.com/Adminportal/Home',
      'link-unknown-link-type',
    ],
    [
      'a link without scheme',
      `admin.microsoft.com/Adminportal/Home?partnerId=${TENANT}`,
      'link-not-a-url',
    ],
    ['a cut link', DIRECT.replace(TENANT, TENANT.slice(0, 20)), 'link-tenant-id-malformed'],
  ])('refuses %s with a specific code', (_, text, code) => {
    const reading = readTenantIdInput(text);
    expect(reading.kind).toBe('invalid');
    if (reading.kind === 'invalid') {
      expect(reading.error.code).toBe(code);
      expect(reading.error.message.length).toBeGreaterThan(20);
    }
  });

  it('fills tenant ID and PartnerID from a link, keeping what else was typed', () => {
    const reading = readTenantIdInput(INDIRECT);
    if (reading.kind !== 'link') throw new Error('expected a link');
    const filled = fillFromLink({ ...VALID, tenantId: INDIRECT, partnerName: 'Typed' }, reading);
    expect(filled).toMatchObject({ tenantId: TENANT, partnerId: '1234567', partnerName: 'Typed' });
  });
});

describe('validateProfileInput', () => {
  it('builds the profile from valid input, trimmed, country upper case', () => {
    const check = validateProfileInput({
      ...VALID,
      partnerName: '  Contoso IT ',
      country: 'nl',
      partnerId: ' 1234567 ',
      defaultCloud: 'germany',
      defaultLanguage: 'nl',
    });
    expect(check).toEqual({
      ok: true,
      profile: {
        tenantId: TENANT,
        partnerName: 'Contoso IT',
        senderName: 'Jan Jansen',
        partnerId: '1234567',
        country: 'NL',
        defaultCloud: 'germany',
        defaultLanguage: 'nl',
      },
    });
  });

  it('accepts a pasted link as the tenant ID', () => {
    const check = validateProfileInput({ ...VALID, tenantId: DIRECT });
    expect(check.ok && check.profile.tenantId).toBe(TENANT);
  });

  it('keeps fields the form does not show, and drops optional ones that were cleared', () => {
    const base = {
      ...VALID,
      partnerId: '7654321',
      country: 'BE',
      signature: 'Jan — Contoso IT',
      defaultCloud: 'public' as const,
      defaultLanguage: 'en' as const,
    };
    const check = validateProfileInput({ ...VALID, partnerId: '', country: '' }, base);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.profile.signature).toBe('Jan — Contoso IT');
    expect(check.profile).not.toHaveProperty('partnerId');
    expect(check.profile).not.toHaveProperty('country');
  });

  it('reports every wrong field at once, each with its own code', () => {
    const check = validateProfileInput({
      ...VALID,
      tenantId: 'nope',
      partnerName: ' ',
      senderName: '',
      partnerId: 'MPN-12',
      country: 'Netherlands',
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.fromEntries(Object.entries(check.errors).map(([f, e]) => [f, e?.code]))).toEqual({
      tenantId: 'tenant-id-malformed',
      partnerName: 'partner-name-empty',
      senderName: 'sender-name-empty',
      partnerId: 'partner-id-malformed',
      country: 'country-malformed',
    });
  });

  it('asks for the tenant ID when it is empty, and refuses a PartnerID of zeros', () => {
    const check = validateProfileInput({ ...VALID, tenantId: '', partnerId: '000' });
    expect(!check.ok && check.errors.tenantId?.code).toBe('tenant-id-empty');
    expect(!check.ok && check.errors.partnerId?.code).toBe('partner-id-malformed');
  });
});
