/**
 * The record keeps itself (docs/ARCHITECTURE.md, "Data"): a hand-over (Insert
 * into compose, Open in email app, Copy to clipboard) saves the invitation at
 * once as a `draft` with its channel; it becomes `sent` when the partner says so
 * or when the compose window reports its Send (`markSent`, which a second report
 * leaves as it is); `discardHandover` takes a draft back. Each writes the
 * customer's list summary in the same transaction.
 */
import type { Channel, Customer, Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import { type CustomerInput, upsertCustomerIn } from './customers';
import { DbAbort, type DbResult, ok } from './errors';
import { buildInvitation } from './invitations';
import { refreshLatestIn } from './latest';
import { InvitationRecordSchema as InvitationSchema } from './record-schema';
import { parseStored } from './records';
import { inTransaction, type Tx } from './transaction';

/** The draft as handed over; customer, status, history and times are set here. */
export type HandedOverInvitation = Omit<
  Invitation,
  'id' | 'customerId' | 'status' | 'history' | 'createdAt' | 'sentAt' | 'channel'
> & { id?: string };

export interface RecordedInvitation {
  customer: Customer;
  invitation: Invitation;
  /** Whether the customer was new. */
  created: boolean;
}

export interface HandoverInput {
  customer: CustomerInput;
  invitation: HandedOverInvitation;
  channel: Channel;
  /** When it was handed over (epoch ms); defaults to now. */
  at?: number;
  /**
   * The draft record an earlier hand-over of this invitation saved: it is
   * updated rather than a second one added, while it is still a draft.
   */
  draftId?: string;
}

type InvitationStores = ['customers', 'invitations', 'latest'];
const STORES: InvitationStores = ['customers', 'invitations', 'latest'];

/**
 * Saves the customer, then the invitation with `status` (`draft` at a hand-over,
 * `sent` for Done): into the draft record `draftId` names while it is a draft,
 * else as a new record. Runs inside the caller's transaction.
 */
export async function writeInvitationIn(
  tx: Tx<InvitationStores, 'readwrite'>,
  input: HandoverInput,
  status: 'draft' | 'sent',
  at: number,
): Promise<RecordedInvitation> {
  const saved = await upsertCustomerIn(tx.objectStore('customers'), input.customer, at);
  const store = tx.objectStore('invitations');
  const stores = { invitations: store, latest: tx.objectStore('latest') };
  const raw = input.draftId === undefined ? undefined : await store.get(input.draftId);
  const earlier = raw === undefined ? undefined : parseStored('invitations', raw, input.draftId!);
  if (earlier && !earlier.ok) throw new DbAbort(earlier.error);
  const fields = { ...input.invitation, customerId: saved.customer.id, channel: input.channel };
  let invitation: Invitation;
  if (earlier?.value.status === 'draft') {
    const { id: _id, ...content } = fields;
    const e = earlier.value;
    const parsed = InvitationSchema.safeParse({
      ...content,
      id: e.id,
      createdAt: e.createdAt,
      status,
      history: status === 'sent' ? [...e.history, { status, at }] : e.history,
      ...(status === 'sent' ? { sentAt: at } : {}),
    });
    if (!parsed.success) {
      const message = `The invitation was not saved: ${describeIssues(parsed.error)}`;
      throw new DbAbort({ code: 'invalid-input', message });
    }
    invitation = parsed.data;
    await store.put(invitation);
    // The draft may have been for another customer before the partner corrected it.
    if (e.customerId !== saved.customer.id) await refreshLatestIn(stores, e.customerId);
  } else {
    const { id: _id, ...content } = fields;
    const built = buildInvitation(
      { ...content, status, ...(status === 'sent' ? { sentAt: at } : {}) },
      at,
    );
    if (!built.ok) throw new DbAbort(built.error);
    invitation = built.value;
    // `add`, not `put`: an id that exists is an error, never an overwrite.
    await store.add(invitation);
  }
  await refreshLatestIn(stores, saved.customer.id);
  return { customer: saved.customer, invitation, created: saved.created };
}

/** A hand-over went through: the customer and the invitation as a `draft`, in one transaction. */
export function recordHandover(input: HandoverInput): Promise<DbResult<RecordedInvitation>> {
  const at = input.at ?? Date.now();
  return inTransaction(STORES, 'readwrite', async (tx) =>
    ok(await writeInvitationIn(tx, input, 'draft', at)),
  );
}

export interface MarkedSent {
  invitation: Invitation;
  /** False when it was no longer a draft: a second Send report changes nothing. */
  changed: boolean;
}

/** The e-mail went out: a draft becomes `sent` with the channel; anything else stays as it is. */
export function markSent(
  invitationId: string,
  channel: Channel,
  { at = Date.now() }: { at?: number } = {},
): Promise<DbResult<MarkedSent>> {
  return inTransaction(
    ['invitations', 'latest'],
    'readwrite',
    async (tx): Promise<DbResult<MarkedSent>> => {
      const store = tx.objectStore('invitations');
      const current = parseStored('invitations', await store.get(invitationId), invitationId);
      if (!current.ok) return current;
      if (current.value.status !== 'draft')
        return ok({ invitation: current.value, changed: false });
      const parsed = InvitationSchema.safeParse({
        ...current.value,
        status: 'sent',
        channel,
        sentAt: at,
        history: [...current.value.history, { status: 'sent', at }],
      });
      if (!parsed.success) {
        const message = `The invitation was not marked as sent: ${describeIssues(parsed.error)}`;
        throw new DbAbort({ code: 'invalid-input', message });
      }
      await store.put(parsed.data);
      const latest = tx.objectStore('latest');
      await refreshLatestIn({ invitations: store, latest }, parsed.data.customerId);
      return ok({ invitation: parsed.data, changed: true });
    },
  );
}

export interface DiscardedHandover {
  /** Whether there was a draft to take back (a second Discard finds none). */
  removed: boolean;
  /** Whether its customer went too: created by that hand-over, with no other invitation. */
  customerRemoved: boolean;
}

/**
 * The partner did not send it after all: the draft record goes, and so does its
 * customer when the hand-over created it and it has no other invitation. A
 * record that was sent meanwhile is refused (`invalid-transition`), not deleted.
 */
export function discardHandover(invitationId: string): Promise<DbResult<DiscardedHandover>> {
  return inTransaction(STORES, 'readwrite', async (tx): Promise<DbResult<DiscardedHandover>> => {
    const invitations = tx.objectStore('invitations');
    const raw = await invitations.get(invitationId);
    if (raw === undefined) return ok({ removed: false, customerRemoved: false });
    const current = parseStored('invitations', raw, invitationId);
    if (!current.ok) return current;
    const { status, customerId, createdAt } = current.value;
    if (status !== 'draft') {
      throw new DbAbort({
        code: 'invalid-transition',
        message: `This invitation is ${status} already, so it was not discarded.`,
      });
    }
    await invitations.delete(invitationId);
    const customers = tx.objectStore('customers');
    const [others, rawCustomer] = await Promise.all([
      invitations.index('by-customer').count(customerId),
      customers.get(customerId),
    ]);
    const customer = rawCustomer && parseStored('customers', rawCustomer, customerId);
    const createdWithIt = customer?.ok === true && customer.value.createdAt === createdAt;
    const customerRemoved = others === 0 && createdWithIt;
    if (customerRemoved) await customers.delete(customerId);
    await refreshLatestIn({ invitations, latest: tx.objectStore('latest') }, customerId);
    return ok({ removed: true, customerRemoved });
  });
}
