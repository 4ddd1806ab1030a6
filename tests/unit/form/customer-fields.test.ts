import { describe, expect, it } from 'vitest';
import { formFieldsForCustomer, newComposeForm } from '../../../lib/form/form';
import { restoreAdminDraft } from '../../../lib/list/restore-admin';
import type { Customer } from '../../../lib/schema';

const CUSTOMER: Customer = {
  id: 'c1',
  name: 'Contoso B.V.',
  nameKey: 'contoso bv',
  contactName: 'Jan de Vries',
  contactEmail: 'jan@contoso.com',
  domain: 'contoso.com',
  tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  country: 'NL',
  cloud: 'us-government',
  notes: 'Called in May',
  createdAt: 1,
  updatedAt: 2,
};

describe('a stored customer as the compose form’s fields', () => {
  it('puts a Microsoft Cloud Germany customer (closed in 2021) in the public cloud', () => {
    expect(formFieldsForCustomer({ ...CUSTOMER, cloud: 'germany' }).cloud).toBe('public');
  });

  it('maps each customer field to its form field, and nothing else', () => {
    expect(formFieldsForCustomer(CUSTOMER)).toEqual({
      customerId: 'c1',
      customerName: 'Contoso B.V.',
      contactEmail: 'jan@contoso.com',
      contactName: 'Jan de Vries',
      customerDomain: 'contoso.com',
      customerCountry: 'NL',
      cloud: 'us-government',
    });
  });

  it('leaves the country empty when the customer has none', () => {
    const { country: _, ...withoutCountry } = CUSTOMER;
    expect(formFieldsForCustomer(withoutCountry).customerCountry).toBe('');
  });

  it('fills a form over the fields it carries; the request options stay', () => {
    const form = {
      ...newComposeForm(undefined),
      purpose: 'additional-partner' as const,
      gdapLink: 'x',
    };
    expect({ ...form, ...formFieldsForCustomer(CUSTOMER) }).toMatchObject({
      customerName: 'Contoso B.V.',
      cloud: 'us-government',
      purpose: 'additional-partner',
      gdapLink: 'x',
    });
  });

  it('is the mapping Restore admin privileges pre-fills the popup with', () => {
    const draft = restoreAdminDraft(CUSTOMER, undefined, 5);
    expect(draft.form).toMatchObject(formFieldsForCustomer(CUSTOMER));
    expect(draft.form).toMatchObject({ adminPrivileges: true, purpose: 'restore-admin' });
  });
});
