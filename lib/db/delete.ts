/**
 * Deleting a customer with its invitations, and undoing that. The snapshot the
 * delete returns is all the undo needs, so the options page can offer "Undo"
 * without keeping anything else.
 */
import { z } from 'zod/mini';
import type { Customer, Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import { markChanged } from './changes';
import { DbAbort, type DbResult, fail, ok } from './errors';
import { summarizeInvitations } from './latest';
import { CustomerRecordSchema, InvitationRecordSchema } from './record-schema';
import { parseStored, parseStoredList } from './records';
import { inTransaction } from './transaction';

export interface CustomerSnapshot {
  customer: Customer;
  invitations: Invitation[];
}

const SnapshotSchema = z.object({
  customer: CustomerRecordSchema,
  invitations: z.array(InvitationRecordSchema),
});

/**
 * Deletes the customer and every invitation of it in one transaction. A damaged
 * record refuses the delete (`invalid-record`): the undo could not bring it back.
 */
export function deleteCustomer(id: string): Promise<DbResult<CustomerSnapshot>> {
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    const customers = tx.objectStore('customers');
    const invitations = tx.objectStore('invitations');
    const [rawCustomer, rawInvitations] = await Promise.all([
      customers.get(id),
      invitations.index('by-customer').getAll(id),
    ]);
    const customer = parseStored('customers', rawCustomer, id);
    if (!customer.ok) return customer;
    const listed = parseStoredList('invitations', rawInvitations);
    const damaged = listed.invalid[0];
    if (damaged) {
      throw new DbAbort({
        code: 'invalid-record',
        message: `Not deleted: invitation ${damaged.key} is damaged and could not be restored. ${damaged.message}`,
      });
    }
    markChanged(tx, id);
    await Promise.all([
      customers.delete(id),
      tx.objectStore('latest').delete(id),
      ...listed.items.map((invitation) => invitations.delete(invitation.id)),
    ]);
    return ok({ customer: customer.value, invitations: listed.items });
  });
}

/**
 * Puts a deleted customer back with its invitations, in one transaction. Uses
 * `add`: if the id was taken again meanwhile, nothing is overwritten (`duplicate`).
 */
export function restoreCustomer(snapshot: CustomerSnapshot): Promise<DbResult<CustomerSnapshot>> {
  const parsed = SnapshotSchema.safeParse(snapshot);
  if (!parsed.success) {
    const message = `The deleted customer cannot be restored: ${describeIssues(parsed.error)}`;
    return Promise.resolve(fail('invalid-input', message));
  }
  const { customer, invitations } = parsed.data;
  const stray = invitations.find((invitation) => invitation.customerId !== customer.id);
  if (stray) {
    const message = `Invitation ${stray.id} belongs to another customer; nothing was restored.`;
    return Promise.resolve(fail('invalid-input', message));
  }
  const latest = summarizeInvitations(invitations);
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    const invitationStore = tx.objectStore('invitations');
    markChanged(tx, customer.id);
    await Promise.all([
      tx.objectStore('customers').add(customer),
      ...(latest ? [tx.objectStore('latest').put(latest)] : []),
      ...invitations.map((invitation) => invitationStore.add(invitation)),
    ]);
    return ok(parsed.data);
  });
}
