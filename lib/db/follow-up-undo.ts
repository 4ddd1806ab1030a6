/**
 * Taking back a reminder that was logged by mistake (the toast's Undo right after
 * `Send a reminder`): the event with that time goes, and the summary with it.
 */
import type { Invitation } from '../schema';
import { DbAbort, type DbResult, ok } from './errors';
import { refreshLatestIn } from './latest';
import { InvitationRecordSchema as InvitationSchema } from './record-schema';
import { parseStored } from './records';
import { inTransaction } from './transaction';

export function removeFollowUp(invitationId: string, at: number): Promise<DbResult<Invitation>> {
  return inTransaction(['invitations', 'latest'], 'readwrite', async (tx) => {
    const store = tx.objectStore('invitations');
    const current = parseStored('invitations', await store.get(invitationId), invitationId);
    if (!current.ok) return current;
    const events = current.value.followUps ?? [];
    const index = events.findLastIndex((event) => event.at === at);
    if (index < 0) {
      throw new DbAbort({ code: 'not-found', message: 'That reminder is no longer recorded.' });
    }
    const { followUps: _old, ...rest } = current.value;
    const left = events.filter((_, i) => i !== index);
    const next = InvitationSchema.parse(left.length ? { ...rest, followUps: left } : rest);
    await store.put(next);
    await refreshLatestIn(
      { invitations: store, latest: tx.objectStore('latest') },
      next.customerId,
    );
    return ok(next);
  });
}
