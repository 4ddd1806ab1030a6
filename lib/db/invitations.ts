/**
 * Invitations: create one, read one, list a customer's. Status changes live in
 * status.ts, the popup's *Done* in record-sent.ts.
 */

import type { Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import { DbAbort, type DbResult, fail, ok } from './errors';
import { isLaterInvitation, refreshLatestIn } from './latest';
import { InvitationRecordSchema } from './record-schema';
import { type Listed, parseStored, parseStoredList } from './records';
import { inTransaction } from './transaction';

/** An invitation as a caller gives it; id, status, history and createdAt have defaults. */
export type InvitationInput = Omit<Invitation, 'id' | 'status' | 'history' | 'createdAt'> &
  Partial<Pick<Invitation, 'id' | 'status' | 'history' | 'createdAt'>>;

/**
 * Completes an input into a record: a new id, status `draft`, a history that
 * starts with that status, and `sentAt` when it starts as `sent`.
 */
export function buildInvitation(input: InvitationInput, now: number): DbResult<Invitation> {
  const status = input.status ?? 'draft';
  const createdAt = input.createdAt ?? now;
  const sentAt = input.sentAt ?? (status === 'sent' ? createdAt : undefined);
  const candidate = {
    ...input,
    id: input.id ?? crypto.randomUUID(),
    status,
    createdAt,
    history: input.history ?? [{ status, at: createdAt }],
    // Left out, not stored as undefined: a record then equals its JSON export.
    ...(sentAt === undefined ? {} : { sentAt }),
  };
  const parsed = InvitationRecordSchema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data);
  return fail('invalid-input', `The invitation was not saved: ${describeIssues(parsed.error)}`);
}

/** Adds a new invitation for an existing customer; an existing id is `duplicate`. */
export function createInvitation(
  input: InvitationInput,
  now = Date.now(),
): Promise<DbResult<Invitation>> {
  const built = buildInvitation(input, now);
  if (!built.ok) return Promise.resolve(built);
  const invitation = built.value;
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    // Checked in the same transaction, so the customer cannot vanish in between.
    const owner = await tx.objectStore('customers').getKey(invitation.customerId);
    if (owner === undefined) {
      throw new DbAbort({
        code: 'not-found',
        message: `No customer with id ${invitation.customerId}; the invitation was not saved.`,
      });
    }
    await tx.objectStore('invitations').add(invitation);
    await refreshLatestIn(
      { invitations: tx.objectStore('invitations'), latest: tx.objectStore('latest') },
      invitation.customerId,
    );
    return ok(invitation);
  });
}

export function getInvitation(id: string): Promise<DbResult<Invitation>> {
  return inTransaction(['invitations'], 'readonly', async (tx) =>
    parseStored('invitations', await tx.objectStore('invitations').get(id), id),
  );
}

/** A customer's invitations, newest first. */
export function listInvitationsForCustomer(
  customerId: string,
): Promise<DbResult<Listed<Invitation>>> {
  return inTransaction(['invitations'], 'readonly', async (tx) => {
    const raws = await tx.objectStore('invitations').index('by-customer').getAll(customerId);
    const listed = parseStoredList('invitations', raws);
    // The same rule as the list's summary: newest first, ties by id.
    listed.items.sort((a, b) => (isLaterInvitation(a, b) ? -1 : 1));
    return ok(listed);
  });
}
