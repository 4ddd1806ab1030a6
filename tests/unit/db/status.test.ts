import { afterEach, describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  changeStatus,
  closeDb,
  createInvitation,
  getInvitation,
  upsertCustomer,
} from '../../../lib/db';
import type { InvitationStatus } from '../../../lib/schema';
import { draft, invitationRecord, putRaw, T } from './fixtures';

afterEach(closeDb);

async function invitationIn(status: InvitationStatus, previous?: InvitationStatus) {
  const history = [...(previous ? [{ status: previous, at: T + 1 }] : []), { status, at: T + 2 }];
  const record = invitationRecord({ status, history });
  await putRaw('invitations', record);
  return record;
}

describe('changeStatus', () => {
  it('appends the change with its time and note to the history', async () => {
    await invitationIn('sent');
    const r = await changeStatus('i1', 'accepted', {
      at: T + 5000,
      note: 'Seen in Partner Center',
    });
    expect(r.ok && r.value.status).toBe('accepted');
    expect(r.ok && r.value.history).toEqual([
      { status: 'sent', at: T + 2 },
      { status: 'accepted', at: T + 5000, note: 'Seen in Partner Center' },
    ]);
    expect(await getInvitation('i1')).toEqual(r);
  });

  it('sets sentAt when a draft is sent', async () => {
    await upsertCustomer({ id: 'c1', name: 'Contoso' });
    const created = await createInvitation({ ...draft(), id: 'd1', customerId: 'c1' }, T + 100);
    expect(created.ok && created.value.sentAt).toBeUndefined();
    const r = await changeStatus('d1', 'sent', { at: T + 200 });
    expect(r.ok && r.value.sentAt).toBe(T + 200);
  });

  it.each<[InvitationStatus, InvitationStatus]>([
    ['draft', 'accepted'],
    ['draft', 'removed'],
    ['sent', 'removed'],
    ['sent', 'draft'],
    ['sent', 'sent'],
    ['declined', 'accepted'],
    ['cancelled', 'removed'],
    ['removed', 'sent'],
  ])('refuses %s → %s with invalid-transition and changes nothing', async (from, to) => {
    const before = await invitationIn(from);
    const r = await changeStatus('i1', to);
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid-transition', message: expect.stringMatching(/^(An|The) invitation/) },
    });
    expect(await getInvitation('i1')).toEqual({ ok: true, value: before });
  });

  it.each<[InvitationStatus, InvitationStatus]>([
    ['draft', 'sent'],
    ['draft', 'cancelled'],
    ['sent', 'accepted'],
    ['sent', 'declined'],
    ['sent', 'expired'],
    ['sent', 'cancelled'],
    ['accepted', 'removed'],
    ['expired', 'accepted'],
  ])('allows %s → %s', async (from, to) => {
    await invitationIn(from);
    expect((await changeStatus('i1', to)).ok).toBe(true);
  });

  it('explains a refusal in words, naming what is possible', async () => {
    await invitationIn('draft');
    const r = await changeStatus('i1', 'accepted');
    expect(!r.ok && r.error.message).toBe(
      'An invitation that is draft cannot become accepted. It can become: sent, cancelled.',
    );
  });

  it('undoes a mistaken change by going back one step, and only one', async () => {
    await invitationIn('sent');
    await changeStatus('i1', 'declined', { at: T + 10 });
    const undone = await changeStatus('i1', 'sent', { at: T + 11, note: 'mis-click' });
    expect(undone.ok && undone.value.history.map((h) => h.status)).toEqual([
      'sent',
      'declined',
      'sent',
    ]);
    // The original sending time stays.
    expect(undone.ok && undone.value.sentAt).toBe(T + 2000);
    // From sent again, the normal way on is open.
    expect((await changeStatus('i1', 'accepted')).ok).toBe(true);
  });

  it('drops sentAt when a mistaken Done is undone back to draft', async () => {
    await upsertCustomer({ id: 'c1', name: 'Contoso' });
    await createInvitation({ ...draft(), id: 'd1', customerId: 'c1' }, T + 100);
    await changeStatus('d1', 'sent', { at: T + 200 });
    const r = await changeStatus('d1', 'draft', { at: T + 300 });
    expect(r.ok && r.value.status).toBe('draft');
    expect(r.ok && 'sentAt' in r.value).toBe(false);
  });

  it('says not-found for an unknown invitation', async () => {
    const r = await changeStatus('missing', 'sent');
    expect(!r.ok && r.error.code).toBe('not-found');
  });
});

describe('allowedNextStatuses', () => {
  it('offers the forward steps and the undo step', () => {
    expect(
      allowedNextStatuses({
        status: 'accepted',
        history: [
          { status: 'sent', at: 1 },
          { status: 'accepted', at: 2 },
        ],
      }),
    ).toEqual(['removed', 'sent']);
    expect(
      allowedNextStatuses({ status: 'declined', history: [{ status: 'declined', at: 1 }] }),
    ).toEqual([]);
  });
});
