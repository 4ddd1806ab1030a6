import { describe, expect, it } from 'vitest';
import { activityOf, reminderFor } from '../../../lib/list';
import { UnfinishedDraftSchema } from '../../../lib/schema';
import { customerRecord, invitationRecord } from '../db/fixtures';

describe('activityOf', () => {
  it('one timeline, newest first: notes, every status, every reminder; undated notes last', () => {
    const customer = customerRecord({
      notes: 'From the old notes field',
      noteEntries: [
        { at: 3000, author: 'Jan', text: 'Called' },
        { at: 9000, author: '', text: 'Later' },
      ],
    });
    const invitations = [
      invitationRecord({
        id: 'i2',
        history: [
          { status: 'sent', at: 5000 },
          { status: 'accepted', at: 8000, note: 'Partner Center export' },
        ],
      }),
      invitationRecord({
        id: 'i1',
        purpose: 'restore-admin',
        history: [{ status: 'sent', at: 1000 }],
        followUps: [{ at: 4000, channel: 'gmail' }, { at: 6000 }],
      }),
    ];
    expect(activityOf(customer, invitations)).toEqual([
      { kind: 'note', at: 9000, author: '', text: 'Later' },
      {
        kind: 'status',
        at: 8000,
        status: 'accepted',
        purpose: 'new-relationship',
        note: 'Partner Center export',
      },
      { kind: 'reminder', at: 6000 },
      { kind: 'status', at: 5000, status: 'sent', purpose: 'new-relationship' },
      { kind: 'reminder', at: 4000, channel: 'gmail' },
      { kind: 'note', at: 3000, author: 'Jan', text: 'Called' },
      { kind: 'status', at: 1000, status: 'sent', purpose: 'restore-admin' },
      { kind: 'undated-notes', text: 'From the old notes field' },
    ]);
  });

  it('a record from before dated notes keeps its text as one undated entry; blank notes none', () => {
    expect(activityOf(customerRecord({ notes: 'only this' }), [])).toEqual([
      { kind: 'undated-notes', text: 'only this' },
    ]);
    expect(activityOf(customerRecord({ notes: '  ' }), [])).toEqual([]);
  });
});

describe('reminderFor', () => {
  const profile = {
    tenantId: '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f',
    partnerName: 'Contoso Partners',
    senderName: 'Jan Jansen',
    defaultCloud: 'public' as const,
    defaultLanguage: 'en' as const,
  };
  const customer = customerRecord({
    id: 'c1',
    name: 'Café Zürich',
    contactName: 'Anna',
    contactEmail: 'anna@cafe.ch',
  });

  it('is the popup draft marked as a reminder for that invitation, and the e-mail for a compose', () => {
    const invitation = invitationRecord({ id: 'i7', language: 'nl', adminPrivileges: true });
    const { draft, email } = reminderFor(customer, invitation, profile, 1234);
    expect(UnfinishedDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      reminder: { invitationId: 'i7' },
      edited: true,
      link: invitation.link,
      savedAt: 1234,
      form: {
        customerId: 'c1',
        customerName: 'Café Zürich',
        language: 'nl',
        adminPrivileges: true,
        purpose: 'new-relationship',
      },
    });
    expect(email.to).toBe('anna@cafe.ch');
    expect(email.subject).toBe(
      'Herinnering: wilt u Contoso Partners machtigen als uw Microsoft-partner?',
    );
    expect(email.text).toContain('Beste Anna,');
    expect(email.text).toContain(invitation.link);
    expect(email.text).toContain('Jan Jansen\nContoso Partners');
    expect(draft.message).toBe(email.text);
  });

  it('mentions the GDAP request only when the invitation had one', () => {
    const plain = reminderFor(customer, invitationRecord(), profile, 0).email.text;
    expect(plain).not.toContain('GDAP');
    const gdapLink =
      'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/a-b';
    const withGdap = reminderFor(customer, invitationRecord({ gdapLink }), profile, 0).email.text;
    expect(withGdap).toContain('(GDAP)');
    expect(withGdap).toContain(gdapLink);
    expect(withGdap).toMatch(/^Dear Anna,\n\nA short reminder/);
  });
});
