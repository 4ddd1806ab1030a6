import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  createInvitation,
  getInvitation,
  listInvitationsForCustomer,
  upsertCustomer,
} from '../../../lib/db';
import { draft, invitationRecord, putRaw, readAll, T } from './fixtures';

afterEach(closeDb);

describe('createInvitation', () => {
  it('creates a draft with a history that starts with it', async () => {
    await upsertCustomer({ id: 'c1', name: 'Contoso' });
    const r = await createInvitation({ ...draft(), customerId: 'c1' }, T + 500);
    expect(r.ok && r.value).toMatchObject({
      status: 'draft',
      createdAt: T + 500,
      history: [{ status: 'draft', at: T + 500 }],
    });
    expect(r.ok && (await getInvitation(r.value.id))).toEqual(r);
  });

  it('refuses an invitation for a customer that does not exist', async () => {
    const r = await createInvitation({ ...draft(), customerId: 'ghost' });
    expect(!r.ok && r.error.code).toBe('not-found');
    expect((await readAll()).invitations).toEqual([]);
  });

  it('refuses an id that exists instead of overwriting it', async () => {
    await upsertCustomer({ id: 'c1', name: 'Contoso' });
    await putRaw('invitations', invitationRecord({ id: 'i1', subject: 'first' }));
    const r = await createInvitation({
      ...draft({ subject: 'second' }),
      id: 'i1',
      customerId: 'c1',
    });
    expect(!r.ok && r.error.code).toBe('duplicate');
    const stored = await getInvitation('i1');
    expect(stored.ok && stored.value.subject).toBe('first');
  });
});

describe('listInvitationsForCustomer', () => {
  it("lists only that customer's invitations, newest first", async () => {
    await putRaw('invitations', invitationRecord({ id: 'old', sentAt: T + 100 }));
    await putRaw('invitations', invitationRecord({ id: 'new', sentAt: T + 300 }));
    await putRaw('invitations', invitationRecord({ id: 'mid', sentAt: T + 200 }));
    await putRaw(
      'invitations',
      invitationRecord({ id: 'other', customerId: 'c2', sentAt: T + 400 }),
    );
    const r = await listInvitationsForCustomer('c1');
    expect(r.ok && r.value.items.map((i) => i.id)).toEqual(['new', 'mid', 'old']);
    expect(r.ok && r.value.invalid).toEqual([]);
  });

  it('reports a damaged invitation and lists the rest', async () => {
    await putRaw('invitations', invitationRecord({ id: 'good' }));
    await putRaw('invitations', { ...invitationRecord({ id: 'bad' }), history: 'none' });
    const r = await listInvitationsForCustomer('c1');
    expect(r.ok && r.value.items.map((i) => i.id)).toEqual(['good']);
    expect(r.ok && r.value.invalid.map((x) => x.key)).toEqual(['bad']);
  });
});
