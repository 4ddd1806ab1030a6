/**
 * A reminder for an open invitation: a dated follow-up event on that invitation
 * (docs/ARCHITECTURE.md, "Data"), written with the customer's list summary in one
 * transaction, so "last reminder" and the follow-up filter never disagree with it.
 */
import type { Channel, Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import { DbAbort, type DbResult, ok } from './errors';
import { refreshLatestIn } from './latest';
import { InvitationRecordSchema as InvitationSchema } from './record-schema';
import { parseStored } from './records';
import { inTransaction } from './transaction';

export interface FollowUpInput {
  /** How the reminder went out, when known. */
  channel?: Channel;
  /** When it went out (epoch ms); defaults to now. */
  at?: number;
}

/** Only an invitation that went out and is still unanswered can be chased. */
const OPEN_STATUSES: ReadonlySet<Invitation['status']> = new Set(['sent']);

export function recordFollowUp(
  invitationId: string,
  { channel, at = Date.now() }: FollowUpInput = {},
): Promise<DbResult<Invitation>> {
  return inTransaction(['invitations', 'latest'], 'readwrite', async (tx) => {
    const store = tx.objectStore('invitations');
    const current = parseStored('invitations', await store.get(invitationId), invitationId);
    if (!current.ok) return current;
    if (!OPEN_STATUSES.has(current.value.status)) {
      throw new DbAbort({
        code: 'invalid-transition',
        message: `A reminder is only for an invitation that was sent and is still waiting; this one is ${current.value.status}.`,
      });
    }
    const event = channel === undefined ? { at } : { at, channel };
    const parsed = InvitationSchema.safeParse({
      ...current.value,
      followUps: [...(current.value.followUps ?? []), event],
    });
    if (!parsed.success) {
      const message = `The reminder was not recorded: ${describeIssues(parsed.error)}`;
      throw new DbAbort({ code: 'invalid-input', message });
    }
    await store.put(parsed.data);
    await refreshLatestIn(
      { invitations: store, latest: tx.objectStore('latest') },
      parsed.data.customerId,
    );
    return ok(parsed.data);
  });
}
