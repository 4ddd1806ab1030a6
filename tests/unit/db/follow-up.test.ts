import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, getDb, getInvitation, recordFollowUp } from '../../../lib/db';
import type { InvitationStatus } from '../../../lib/schema';
import { customerRecord, invitationRecord, putRaw, T } from './fixtures';

afterEach(closeDb);

async function seed(status: InvitationStatus = 'sent') {
  await putRaw('customers', customerRecord());
  await putRaw('invitations', invitationRecord({ status, history: [{ status, at: T + 2000 }] }));
}

const latestOf = async (customerId: string) => (await getDb()).get('latest', customerId);

describe('recordFollowUp', () => {
  it('adds a dated event to the open invitation, not a second invitation', async () => {
    await seed();
    const r = await recordFollowUp('i1', { at: T + 5000, channel: 'gmail' });
    expect(r.ok && r.value.followUps).toEqual([{ at: T + 5000, channel: 'gmail' }]);
    expect(await getInvitation('i1')).toEqual(r);
    expect(await (await getDb()).count('invitations')).toBe(1);
  });

  it('keeps every reminder in order and puts the count and the last one in the list summary', async () => {
    await seed();
    await recordFollowUp('i1', { at: T + 5000 });
    await recordFollowUp('i1', { at: T + 9000, channel: 'clipboard' });
    const latest = await latestOf('c1');
    expect(latest).toMatchObject({
      invitationId: 'i1',
      followUpCount: 2,
      lastFollowUpAt: T + 9000,
    });
  });

  it.each(['draft', 'accepted', 'declined', 'expired', 'cancelled', 'removed'] as const)(
    'refuses a reminder for an invitation that is %s, and writes nothing',
    async (status) => {
      await seed(status);
      const r = await recordFollowUp('i1', { at: T + 5000 });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-transition' } });
      const stored = await getInvitation('i1');
      expect(stored.ok && stored.value.followUps).toBeUndefined();
    },
  );

  it('says so when the invitation is gone', async () => {
    const r = await recordFollowUp('nope');
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
