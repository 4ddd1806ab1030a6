import { describe, expect, it } from 'vitest';
import { firstInvalid } from '../../../lib/form/field-error';
import { newComposeForm } from '../../../lib/form/form';
import { invitationLinkFor } from '../../../lib/form/link';
import {
  COMPOSE_FIELDS,
  type ComposeCheckInput,
  validateCompose,
} from '../../../lib/form/validate';
import type { ComposeForm, PartnerProfile } from '../../../lib/schema';

const PROFILE: PartnerProfile = {
  tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  partnerName: 'Contoso IT',
  senderName: 'Jan Jansen',
  partnerId: '1234567',
  defaultCloud: 'public',
  defaultLanguage: 'en',
};
const PROVIDER = 'a1b2c3d4-e5f6-4789-abcd-ef0123456789';
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';

function check(formPatch: Partial<ComposeForm>, extra: Partial<ComposeCheckInput> = {}) {
  const form = {
    ...newComposeForm(PROFILE),
    customerName: 'Fabrikam',
    contactEmail: 'anna@fabrikam.com',
    ...formPatch,
  };
  const link = invitationLinkFor(form, PROFILE, { linkTemplates: {} });
  const message = link.ok ? `Dear Anna,\n\n${link.value}\n\nRegards` : '';
  return validateCompose({
    form,
    link,
    draft: { subject: 'Invitation', message },
    edited: false,
    ...extra,
  });
}

const codes = (errors: ReturnType<typeof check>) =>
  Object.fromEntries(Object.entries(errors).map(([field, e]) => [field, e?.code]));

describe('validateCompose holds the form to what the database records', () => {
  it.each<[string, Partial<ComposeForm>, Record<string, string>]>([
    [
      'a right-to-left override in the name',
      { customerName: 'Contoso \u202egnp.exe\u202c' },
      { customerName: 'invisible-character' },
    ],
    [
      'a line break in the contact name',
      { contactName: 'Anna\nBcc' },
      { contactName: 'invisible-character' },
    ],
    [
      'header fields after the address',
      { contactEmail: 'it?bcc=x@contoso.com' },
      { contactEmail: 'email-malformed' },
    ],
  ])('refuses %s', (_what, patch, expected) => {
    expect(codes(check(patch))).toEqual(expected);
  });

  it('refuses a subject or message longer than an invitation record holds', () => {
    const long = check({}, { draft: { subject: 'x'.repeat(1001), message: 'y'.repeat(40_001) } });
    expect(codes(long)).toEqual({ subject: 'too-long', message: 'too-long' });
  });
});

describe('validateCompose', () => {
  it('passes a complete form', () => {
    expect(check({})).toEqual({});
    expect(
      check({ gdapLink: GDAP, customerDomain: 'fabrikam.com', customerCountry: 'nl' }),
    ).toEqual({});
  });

  it.each<[string, Partial<ComposeForm>, Record<string, string>]>([
    ['an empty customer name', { customerName: '  ' }, { customerName: 'customer-name-missing' }],
    ['no e-mail address', { contactEmail: '' }, { contactEmail: 'email-empty' }],
    [
      'an address without @',
      { contactEmail: 'anna.fabrikam.com' },
      { contactEmail: 'email-malformed' },
    ],
    ['a .con typo', { contactEmail: 'anna@fabrikam.con' }, { contactEmail: 'email-typo' }],
    ['a gmial.com typo', { contactEmail: 'anna@gmial.com' }, { contactEmail: 'email-typo' }],
    [
      'a domain with a path',
      { customerDomain: 'fabrikam.com/about' },
      { customerDomain: 'domain-malformed' },
    ],
    ['a country name', { customerCountry: 'Nederland' }, { customerCountry: 'country-malformed' }],
    ['a cut GDAP link', { gdapLink: GDAP.slice(0, -10) }, { gdapLink: 'gdap-id-malformed' }],
    [
      'a GDAP link elsewhere',
      { gdapLink: 'https://evil.example.com/x' },
      { gdapLink: 'gdap-host-not-microsoft' },
    ],
    [
      'indirect without provider',
      { relationshipType: 'indirect' },
      { providerTenantId: 'provider-id-required' },
    ],
    [
      'indirect with a bad provider',
      { relationshipType: 'indirect', providerTenantId: 'x' },
      { providerTenantId: 'provider-id-malformed' },
    ],
    [
      'indirect with the own tenant as provider',
      { relationshipType: 'indirect', providerTenantId: PROFILE.tenantId },
      { providerTenantId: 'provider-id-same-as-tenant' },
    ],
  ])('refuses %s beside its field', (_, patch, expected) => {
    expect(codes(check(patch))).toEqual(expected);
  });

  it('offers the corrected address with a typo, and lets the partner keep theirs', () => {
    expect(check({ contactEmail: 'anna@gmial.com' }).contactEmail).toMatchObject({
      suggestion: 'anna@gmail.com',
      params: ['anna@gmail.com'],
    });
    expect(
      check({ contactEmail: 'anna@gmial.com' }, { kept: { contactEmail: 'anna@gmial.com' } }),
    ).toEqual({});
    // Kept means this exact value: another typo is caught again.
    expect(
      codes(
        check({ contactEmail: 'anna@gmial.con' }, { kept: { contactEmail: 'anna@gmial.com' } }),
      ),
    ).toEqual({ contactEmail: 'email-typo' });
  });

  it('asks for the PartnerID beside the relationship type when the profile lacks it', () => {
    const { partnerId: _, ...withoutPartnerId } = PROFILE;
    const form = {
      ...newComposeForm(PROFILE),
      customerName: 'F',
      contactEmail: 'a@fabrikam.com',
      relationshipType: 'indirect' as const,
      providerTenantId: PROVIDER,
    };
    const link = invitationLinkFor(form, withoutPartnerId, { linkTemplates: {} });
    const errors = validateCompose({
      form,
      link,
      draft: { subject: 's', message: 'm' },
      edited: false,
    });
    expect(codes(errors)).toEqual({ relationshipType: 'partner-id-required' });
  });

  describe('a hand-edited draft', () => {
    const link = invitationLinkFor({ ...newComposeForm(PROFILE), customerName: 'F' }, PROFILE, {
      linkTemplates: {},
    });
    const url = link.ok ? link.value : '';

    it.each<[string, string, string | undefined]>([
      ['keeps the link (moved is fine)', `Click ${url} now.`, undefined],
      ['lost the link', 'Dear Anna, please accept.', 'link-removed'],
      ['changed the link', `Dear Anna, ${url.replace('DAP=true', 'DAP=false')}`, 'link-altered'],
      ['cut the link', `Dear Anna, ${url.slice(0, 60)}`, 'link-altered'],
    ])('%s', (_, message, code) => {
      const errors = check({}, { edited: true, draft: { subject: 'Hi', message } });
      expect(errors.message?.code).toBe(code);
    });

    it('must keep a subject', () => {
      expect(check({}, { edited: true, draft: { subject: ' ', message: url } }).subject?.code).toBe(
        'subject-empty',
      );
    });

    it('may carry the GDAP link beside the invitation link', () => {
      expect(
        check(
          { gdapLink: GDAP },
          { edited: true, draft: { subject: 'Hi', message: `${url}\n${GDAP}` } },
        ),
      ).toEqual({});
    });
  });

  it('lists fields in reading order, so the first invalid one gets the focus', () => {
    const errors = check({ customerName: '', contactEmail: 'x', gdapLink: 'y' });
    expect(firstInvalid(COMPOSE_FIELDS, errors)).toBe('customerName');
    expect(
      firstInvalid(COMPOSE_FIELDS, {
        gdapLink: errors.gdapLink,
        contactEmail: errors.contactEmail,
      }),
    ).toBe('contactEmail');
  });
});
