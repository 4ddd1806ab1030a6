import { describe, expect, it } from 'vitest';
import { activityOf, reminderFor } from '../../../lib/list';
import { UnfinishedDraftSchema } from '../../../lib/schema';
import { customerRecord, invitationRecord, T } from '../db/fixtures';

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

  it('is the popup draft with purpose reminder for that invitation, and the e-mail for a compose', () => {
    const invitation = invitationRecord({ id: 'i7', language: 'nl', adminPrivileges: true });
    const reminder = reminderFor(customer, invitation, profile, T + 1234);
    if (!reminder.ok) throw new Error(reminder.error.message);
    const { draft, email } = reminder.value;
    expect(UnfinishedDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      edited: true,
      link: invitation.link,
      savedAt: T + 1234,
      form: {
        customerId: 'c1',
        customerName: 'Café Zürich',
        language: 'nl',
        adminPrivileges: true,
        purpose: 'reminder',
        openInvitationId: 'i7',
        openInvitationLink: invitation.link,
        openInvitationSentAt: invitation.sentAt,
      },
    });
    expect(email.to).toBe('anna@cafe.ch');
    expect(email.subject).toMatch(/^Herinnering/);
    expect(email.text).toContain('Beste Anna,');
    expect(email.text).toContain(invitation.link);
    expect(email.text).toContain('Jan Jansen');
    expect(draft.message).toBe(email.text);
  });

  it('mentions the GDAP request only when the invitation had one', () => {
    const text = (i: ReturnType<typeof invitationRecord>) => {
      const r = reminderFor(customer, i, profile, T);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.email.text;
    };
    expect(text(invitationRecord())).not.toContain('GDAP');
    const gdapLink =
      'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const withGdap = text(invitationRecord({ gdapLink }));
    expect(withGdap).toContain('GDAP');
    expect(withGdap).toContain(gdapLink);
    expect(withGdap).toMatch(/^Dear Anna,/);
  });
});
