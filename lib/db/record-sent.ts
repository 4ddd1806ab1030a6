/**
 * The popup's *Done*: the customer is saved (created or matched) and the invitation
 * recorded as sent, together or not at all — a customer without its invitation, or
 * an invitation without its customer, would be a lie in the options page.
 */
import type { Channel, Customer, Invitation } from '../schema';
import { type CustomerInput, upsertCustomerIn } from './customers';
import { DbAbort, type DbResult, ok } from './errors';
import { writeInvitationIn } from './handover';
import { buildInvitation } from './invitations';
import { refreshLatestIn } from './latest';
import { inTransaction } from './transaction';

/** The draft as handed over; the rest (customer, status, history, times) is set here. */
export type SentInvitationInput = Omit<
  Invitation,
  'id' | 'customerId' | 'status' | 'history' | 'createdAt' | 'sentAt' | 'channel'
> & { id?: string };

export interface RecordSentInput {
  customer: CustomerInput;
  invitation: SentInvitationInput;
  channel: Channel;
  /** When Done was clicked (epoch ms); defaults to now. */
  at?: number;
  /** The `draft` record a hand-over saved (lib/db/handover.ts): it becomes the sent one. */
  draftId?: string;
}

export interface RecordedSent {
  customer: Customer;
  invitation: Invitation;
  /** Whether the customer was new. */
  created: boolean;
}

export function recordSentInvitation({
  customer,
  invitation,
  channel,
  at = Date.now(),
  draftId,
}: RecordSentInput): Promise<DbResult<RecordedSent>> {
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    if (draftId !== undefined) {
      return ok(
        await writeInvitationIn(tx, { customer, invitation, channel, draftId }, 'sent', at),
      );
    }
    const saved = await upsertCustomerIn(tx.objectStore('customers'), customer, at);
    const built = buildInvitation(
      { ...invitation, customerId: saved.customer.id, channel, status: 'sent', sentAt: at },
      at,
    );
    // Throwing aborts the transaction, which takes the customer write back too.
    if (!built.ok) throw new DbAbort(built.error);
    // `add`, not `put`: an id that exists is an error, never an overwrite.
    await tx.objectStore('invitations').add(built.value);
    await refreshLatestIn(
      { invitations: tx.objectStore('invitations'), latest: tx.objectStore('latest') },
      saved.customer.id,
    );
    return ok({ customer: saved.customer, invitation: built.value, created: saved.created });
  });
}
