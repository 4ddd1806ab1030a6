import { describe, expect, it } from 'vitest';
import { recordSentInvitation } from '../../../lib/db';
import { newComposeForm } from '../../../lib/form/form';
import { invitationLinkFor } from '../../../lib/form/link';
import { type InvitationForm, recordInputFor } from '../../../lib/form/record';
import type { PartnerProfile } from '../../../lib/schema';

const PROFILE: PartnerProfile = {
  tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  partnerName: 'Contoso IT',
  senderName: 'Jan Jansen',
  partnerId: '1234567',
  defaultCloud: 'public',
  defaultLanguage: 'en',
};
const PROVIDER = 'a1b2c3d4-e5f6-4789-abcd-ef0123456789';

function handedOver(patch: Partial<InvitationForm>) {
  const form: InvitationForm = {
    ...newComposeForm(PROFILE),
    customerName: ' Fabrikam B.V. ',
    contactEmail: 'Anna@Fabrikam.COM',
    contactName: 'Anna',
    customerDomain: 'fabrikam.com',
    purpose: 'new-relationship',
    ...patch,
  };
  const link = invitationLinkFor(form, PROFILE, { linkTemplates: {} });
  if (!link.ok) throw new Error(link.error.message);
  return { form, link: link.value, subject: 'Invitation', message: `Dear Anna, ${link.value}` };
}

describe('what Done records', () => {
  it('records the customer and the invitation as handed over', () => {
    const input = recordInputFor({
      ...handedOver({ customerCountry: 'nl' }),
      channel: 'clipboard',
      at: Date.UTC(2024, 4, 1),
    });
    expect(input).toEqual({
      customer: {
        name: 'Fabrikam B.V.',
        contactName: 'Anna',
        contactEmail: 'Anna@fabrikam.com',
        domain: 'fabrikam.com',
        cloud: 'public',
        country: 'NL',
      },
      invitation: {
        relationshipType: 'direct',
        purpose: 'new-relationship',
        cloud: 'public',
        adminPrivileges: true,
        link: expect.stringContaining('DAP=true'),
        language: 'en',
        subject: 'Invitation',
        text: expect.stringContaining('Dear Anna'),
      },
      channel: 'clipboard',
      at: Date.UTC(2024, 4, 1),
    });
  });

  it('records forced admin privileges, the provider of an indirect reseller, the GDAP link and a chosen customer', () => {
    const gdapLink =
      'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';
    const input = recordInputFor({
      ...handedOver({
        customerId: 'c-1',
        cloud: 'germany',
        adminPrivileges: false,
        relationshipType: 'indirect',
        providerTenantId: ` ${PROVIDER} `,
        gdapLink,
      }),
      channel: 'gmail',
    });
    expect(input.customer.id).toBe('c-1');
    expect(input.invitation).toMatchObject({
      adminPrivileges: true,
      relationshipType: 'indirect',
      providerTenantId: PROVIDER,
      gdapLink,
      cloud: 'germany',
    });
  });

  it('is accepted by the database in one transaction, and a second Done reuses the customer', async () => {
    const first = await recordSentInvitation(
      recordInputFor({ ...handedOver({}), channel: 'mail-app' }),
    );
    expect(first.ok && first.value.created).toBe(true);
    const second = await recordSentInvitation(
      recordInputFor({ ...handedOver({ purpose: 'restore-admin' }), channel: 'outlook' }),
    );
    expect(second.ok && second.value.created).toBe(false);
    expect(second.ok && first.ok && second.value.customer.id).toBe(
      first.ok && first.value.customer.id,
    );
    expect(second.ok && second.value.invitation).toMatchObject({
      status: 'sent',
      channel: 'outlook',
      purpose: 'restore-admin',
    });
  });

  it('records a pasted GDAP link as the parser writes it, which the database accepts', async () => {
    const gdapLink =
      'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';
    const pasted = `<${gdapLink.replace('admin.microsoft.com', 'ADMIN.Microsoft.com:443')}>`;
    const input = recordInputFor({ ...handedOver({ gdapLink: pasted }), channel: 'gmail' });
    expect(input.invitation.gdapLink).toBe(gdapLink);
    const recorded = await recordSentInvitation(input);
    expect(recorded.ok && recorded.value.invitation.gdapLink).toBe(gdapLink);
  });
});
