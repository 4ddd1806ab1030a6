import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  discardHandover,
  getDb,
  getInvitation,
  markSent,
  recordHandover,
  recordSentInvitation,
  upsertCustomer,
} from '../../../lib/db';
import { customerRecord, draft, invitationRecord, putRaw, readAll, T } from './fixtures';

afterEach(closeDb);

const CUSTOMER = { name: 'Bakkerij de Zon', contactEmail: 'jan@bakkerij.nl' };
const latestOf = async (customerId: string) => (await getDb()).get('latest', customerId);

async function handedOver(at = T + 1000, channel: 'gmail' | 'clipboard' = 'gmail') {
  const r = await recordHandover({ customer: CUSTOMER, invitation: draft(), channel, at });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('recordHandover', () => {
  it('saves the customer and the invitation as a draft with its channel, at once', async () => {
    const { customer, invitation, created } = await handedOver(T + 1000);
    expect(created).toBe(true);
    expect(invitation).toMatchObject({
      customerId: customer.id,
      status: 'draft',
      channel: 'gmail',
      createdAt: T + 1000,
      history: [{ status: 'draft', at: T + 1000 }],
    });
    expect(invitation.sentAt).toBeUndefined();
    expect(await readAll()).toEqual({ customers: [customer], invitations: [invitation] });
    expect(await latestOf(customer.id)).toMatchObject({ status: 'draft', count: 1 });
  });

  it('updates its own draft when the same invitation is handed over again, never adds a second', async () => {
    const first = await handedOver(T + 1000);
    const again = await recordHandover({
      customer: CUSTOMER,
      invitation: draft({ subject: 'Edited subject' }),
      channel: 'clipboard',
      at: T + 2000,
      draftId: first.invitation.id,
    });
    expect(again.ok && again.value.invitation).toMatchObject({
      id: first.invitation.id,
      status: 'draft',
      channel: 'clipboard',
      subject: 'Edited subject',
      createdAt: T + 1000,
    });
    expect((await readAll()).invitations).toHaveLength(1);
  });

  it('adds a new draft when the earlier one was sent meanwhile', async () => {
    const first = await handedOver(T + 1000);
    await markSent(first.invitation.id, 'gmail', { at: T + 1500 });
    const again = await recordHandover({
      customer: CUSTOMER,
      invitation: draft(),
      channel: 'gmail',
      at: T + 2000,
      draftId: first.invitation.id,
    });
    expect(again.ok && again.value.invitation.id).not.toBe(first.invitation.id);
    const stored = await getInvitation(first.invitation.id);
    expect(stored.ok && stored.value).toMatchObject({ status: 'sent', sentAt: T + 1500 });
    expect((await readAll()).invitations).toHaveLength(2);
  });

  it('writes nothing, not even the customer, when the invitation is invalid', async () => {
    const r = await recordHandover({
      customer: CUSTOMER,
      invitation: draft({ language: 'fr' as never }),
      channel: 'gmail',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });
});

describe('markSent', () => {
  it('turns the draft into a sent invitation with the channel and the time', async () => {
    const { invitation, customer } = await handedOver(T + 1000, 'clipboard');
    const r = await markSent(invitation.id, 'outlook', { at: T + 4000 });
    expect(r.ok && r.value.changed).toBe(true);
    expect(r.ok && r.value.invitation).toMatchObject({
      status: 'sent',
      channel: 'outlook',
      sentAt: T + 4000,
      history: [
        { status: 'draft', at: T + 1000 },
        { status: 'sent', at: T + 4000 },
      ],
    });
    expect(await latestOf(customer.id)).toMatchObject({ status: 'sent', sentAt: T + 4000 });
  });

  it('is idempotent: a second report changes nothing', async () => {
    const { invitation } = await handedOver(T + 1000);
    const first = await markSent(invitation.id, 'gmail', { at: T + 4000 });
    const before = await readAll();
    const second = await markSent(invitation.id, 'outlook', { at: T + 9000 });
    expect(second.ok && second.value).toEqual({
      invitation: first.ok && first.value.invitation,
      changed: false,
    });
    expect(await readAll()).toEqual(before);
  });

  it('leaves an invitation that moved on (accepted) as it is', async () => {
    await putRaw('customers', customerRecord());
    await putRaw('invitations', invitationRecord({ status: 'accepted' }));
    const r = await markSent('i1', 'gmail');
    expect(r.ok && r.value).toMatchObject({ changed: false, invitation: { status: 'accepted' } });
  });

  it('says so when there is no such invitation', async () => {
    expect(await markSent('nope', 'gmail')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('discardHandover', () => {
  it('takes the draft back, with the customer the hand-over created', async () => {
    const { invitation, customer } = await handedOver(T + 1000);
    const r = await discardHandover(invitation.id);
    expect(r.ok && r.value).toEqual({ removed: true, customerRemoved: true });
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
    expect(await latestOf(customer.id)).toBeUndefined();
  });

  it('keeps a customer that was there before, or has other invitations', async () => {
    await upsertCustomer(CUSTOMER, T + 500);
    const { invitation } = await handedOver(T + 1000);
    expect(await discardHandover(invitation.id)).toMatchObject({
      ok: true,
      value: { customerRemoved: false },
    });
    expect((await readAll()).customers).toHaveLength(1);

    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    const sent = await recordSentInvitation({
      customer: CUSTOMER,
      invitation: draft(),
      channel: 'gmail',
      at: T + 1000,
    });
    const second = await recordHandover({
      customer: CUSTOMER,
      invitation: draft(),
      channel: 'gmail',
      at: T + 1000,
    });
    if (!second.ok || !sent.ok) throw new Error('setup');
    await discardHandover(second.value.invitation.id);
    const left = await readAll();
    expect(left.customers).toHaveLength(1);
    expect(left.invitations).toEqual([sent.value.invitation]);
    expect(await latestOf(sent.value.customer.id)).toMatchObject({ status: 'sent', count: 1 });
  });

  it('refuses to discard an invitation that was sent meanwhile, and a second discard finds nothing', async () => {
    const { invitation } = await handedOver(T + 1000);
    await markSent(invitation.id, 'gmail');
    expect(await discardHandover(invitation.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid-transition' },
    });
    expect((await readAll()).invitations).toHaveLength(1);
    expect(await discardHandover('gone')).toEqual({
      ok: true,
      value: { removed: false, customerRemoved: false },
    });
  });
});

describe('recordSentInvitation with the draft of a hand-over (Done)', () => {
  it('makes that draft the sent invitation, with what the draft says now', async () => {
    const { invitation } = await handedOver(T + 1000);
    const r = await recordSentInvitation({
      customer: CUSTOMER,
      invitation: draft({ text: 'Final text' }),
      channel: 'other',
      at: T + 3000,
      draftId: invitation.id,
    });
    expect(r.ok && r.value.invitation).toMatchObject({
      id: invitation.id,
      status: 'sent',
      channel: 'other',
      text: 'Final text',
      sentAt: T + 3000,
      createdAt: T + 1000,
    });
    expect((await readAll()).invitations).toHaveLength(1);
  });
});
