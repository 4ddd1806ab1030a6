import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, getInvitation, recordSentInvitation, upsertCustomer } from '../../../lib/db';
import { draft, invitationRecord, putRaw, readAll, T } from './fixtures';

afterEach(closeDb);

describe('recordSentInvitation (the popup’s Done)', () => {
  it('writes the customer and a sent invitation with its history', async () => {
    const r = await recordSentInvitation({
      customer: { name: 'Contoso', contactEmail: 'anna@contoso.com' },
      invitation: draft(),
      channel: 'gmail',
      at: T + 7000,
    });
    if (!r.ok) throw new Error(r.error.message);
    const { customer, invitation, created } = r.value;
    expect(created).toBe(true);
    expect(invitation).toMatchObject({
      customerId: customer.id,
      status: 'sent',
      channel: 'gmail',
      sentAt: T + 7000,
      createdAt: T + 7000,
      history: [{ status: 'sent', at: T + 7000 }],
    });
    expect(await readAll()).toEqual({ customers: [customer], invitations: [invitation] });
  });

  it('reuses the customer the e-mail matches', async () => {
    const first = await upsertCustomer(
      { name: 'Contoso', contactEmail: 'anna@contoso.com' },
      T + 1,
    );
    const r = await recordSentInvitation({
      customer: { name: 'Contoso', contactEmail: 'anna@contoso.com' },
      invitation: draft(),
      channel: 'clipboard',
    });
    expect(r.ok && r.value.created).toBe(false);
    expect(r.ok && r.value.invitation.customerId).toBe(first.ok && first.value.customer.id);
    expect((await readAll()).customers).toHaveLength(1);
  });

  it('rolls back the customer write when the invitation cannot be added', async () => {
    // An invitation with this id exists: the add fails after the customer was put.
    const existing = invitationRecord({ id: 'taken', customerId: 'other' });
    await putRaw('invitations', existing);
    const before = await upsertCustomer(
      { name: 'Contoso', contactEmail: 'anna@contoso.com' },
      T + 1,
    );

    const r = await recordSentInvitation({
      customer: { name: 'Contoso Renamed', contactEmail: 'anna@contoso.com', notes: 'changed' },
      invitation: draft({ id: 'taken' }),
      channel: 'outlook',
      at: T + 9000,
    });
    expect(!r.ok && r.error.code).toBe('duplicate');
    expect(await readAll()).toEqual({
      customers: [before.ok && before.value.customer],
      invitations: [existing],
    });
  });

  it('writes nothing, not even a new customer, when the invitation is invalid', async () => {
    const r = await recordSentInvitation({
      customer: { name: 'Fabrikam' },
      invitation: draft({ language: 'fr' as never }),
      channel: 'mail-app',
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('language') },
    });
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });

  it('stores what getInvitation reads back', async () => {
    const r = await recordSentInvitation({
      customer: { name: 'Contoso' },
      invitation: draft({ id: 'inv-1' }),
      channel: 'gmail',
      at: T + 3,
    });
    expect(await getInvitation('inv-1')).toEqual({ ok: true, value: r.ok && r.value.invitation });
  });
});
