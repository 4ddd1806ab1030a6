/** Changing an invitation's status: checked, and recorded in its history. */

import type { Invitation, InvitationStatus } from '../schema';
import { describeIssues } from '../schema/issues';
import { DbAbort, type DbResult, ok } from './errors';
import { refreshLatestIn } from './latest';
import { InvitationRecordSchema } from './record-schema';
import { parseStored } from './records';
import { checkTransition } from './status-transitions';
import { inTransaction } from './transaction';

export interface StatusChangeOptions {
  /** When it happened (epoch ms); defaults to now. */
  at?: number;
  note?: string;
}

/** `sentAt` follows the status: set when first sent, dropped when put back to draft. */
function sentAtFor(invitation: Invitation, status: InvitationStatus, at: number) {
  if (status === 'draft') return undefined;
  if (status === 'sent') return invitation.sentAt ?? at;
  return invitation.sentAt;
}

export function changeStatus(
  invitationId: string,
  status: InvitationStatus,
  { at = Date.now(), note }: StatusChangeOptions = {},
): Promise<DbResult<Invitation>> {
  return inTransaction(['invitations', 'latest'], 'readwrite', async (tx) => {
    const store = tx.objectStore('invitations');
    const current = parseStored('invitations', await store.get(invitationId), invitationId);
    if (!current.ok) return current;
    const refused = checkTransition(current.value, status);
    if (refused) throw new DbAbort(refused);

    const { sentAt: _old, ...rest } = current.value;
    const sentAt = sentAtFor(current.value, status, at);
    const parsed = InvitationRecordSchema.safeParse({
      ...rest,
      status,
      history: [...rest.history, note === undefined ? { status, at } : { status, at, note }],
      ...(sentAt === undefined ? {} : { sentAt }),
    });
    if (!parsed.success) {
      const message = `The status was not changed: ${describeIssues(parsed.error)}`;
      throw new DbAbort({ code: 'invalid-input', message });
    }
    await store.put(parsed.data);
    await refreshLatestIn(
      { invitations: store, latest: tx.objectStore('latest') },
      rest.customerId,
    );
    return ok(parsed.data);
  });
}
