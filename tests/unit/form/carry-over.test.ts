import { describe, expect, it } from 'vitest';
import { formForReturningCustomer } from '../../../lib/form/carry-over';
import { newComposeForm } from '../../../lib/form/form';
import type { Customer, Invitation } from '../../../lib/schema';

const CUSTOMER: Customer = {
  id: 'c1',
  name: 'Bakkerij de Zon',
  nameKey: 'bakkerij de zon',
  contactName: 'Jan',
  contactEmail: 'jan@zon.nl',
  domain: 'zon.nl',
  country: 'NL',
  cloud: 'public',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
};
const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
const GDAP = 'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/x';

function last(patch: Partial<Invitation> = {}): Invitation {
  return {
    id: 'i1',
    customerId: 'c1',
    relationshipType: 'indirect',
    providerTenantId: 'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
    purpose: 'new-relationship',
    cloud: 'us-government',
    adminPrivileges: false,
    link: LINK,
    gdapLink: GDAP,
    language: 'nl',
    subject: 'S',
    text: LINK,
    status: 'sent',
    history: [{ status: 'sent', at: 5000 }],
    createdAt: 5000,
    sentAt: 5000,
    ...patch,
  };
}

const blank = newComposeForm(undefined);

describe('picking a returning customer', () => {
  it('fills its fields; without an earlier invitation the options stay as they are', () => {
    const form = formForReturningCustomer({ ...blank, language: 'en' }, CUSTOMER, undefined);
    expect(form).toMatchObject({
      customerId: 'c1',
      customerName: 'Bakkerij de Zon',
      contactEmail: 'jan@zon.nl',
      customerCountry: 'NL',
      language: 'en',
      purpose: 'new-relationship',
    });
    expect(form.openInvitationId).toBeUndefined();
  });

  it('carries over language, cloud, admin privileges and relationship type of the last invitation', () => {
    const form = formForReturningCustomer(blank, CUSTOMER, last({ status: 'accepted' }));
    expect(form).toMatchObject({
      language: 'nl',
      cloud: 'us-government',
      adminPrivileges: false,
      relationshipType: 'indirect',
      providerTenantId: 'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
      purpose: 'new-relationship',
      gdapLink: '',
    });
    expect(form.openInvitationId).toBeUndefined();
  });

  it('an open invitation (sent, waiting) makes it a reminder with the same link and GDAP link', () => {
    expect(formForReturningCustomer(blank, CUSTOMER, last())).toMatchObject({
      purpose: 'reminder',
      openInvitationId: 'i1',
      openInvitationLink: LINK,
      openInvitationSentAt: 5000,
      gdapLink: GDAP,
    });
  });

  it('a removed relationship asks to restore admin privileges', () => {
    expect(formForReturningCustomer(blank, CUSTOMER, last({ status: 'removed' })).purpose).toBe(
      'restore-admin',
    );
  });

  it('picking another customer after a reminder leaves no trace of the first', () => {
    const reminder = formForReturningCustomer(blank, CUSTOMER, last());
    const other = formForReturningCustomer(reminder, { ...CUSTOMER, id: 'c2' }, undefined);
    expect(other.purpose).toBe('new-relationship');
    expect(other.gdapLink).toBe('');
    expect(other.openInvitationId).toBeUndefined();
    expect(other.openInvitationLink).toBeUndefined();
  });

  it('never carries Microsoft Cloud Germany into a new draft', () => {
    const form = formForReturningCustomer(
      blank,
      { ...CUSTOMER, cloud: 'germany' },
      last({ cloud: 'germany', status: 'declined' }),
    );
    expect(form.cloud).toBe('public');
    expect(
      formForReturningCustomer(blank, { ...CUSTOMER, cloud: 'germany' }, undefined).cloud,
    ).toBe('public');
  });
});
