import { afterEach, describe, expect, it } from 'vitest';
import {
  changeStatus,
  closeDb,
  createInvitation,
  deleteCustomer,
  getDb,
  putAll,
  readFirstListPage,
  recordSentInvitation,
  replaceAll,
  restoreCustomer,
  summarizeInvitations,
} from '../../../lib/db';
import type { LatestInvitation } from '../../../lib/schema';
import { customerRecord, draft, invitationRecord, T } from './fixtures';

afterEach(closeDb);

async function latestOf(customerId: string): Promise<LatestInvitation | undefined> {
  return (await getDb()).get('latest', customerId);
}

describe('summarizeInvitations', () => {
  it('takes the invitation sent last, a draft counting from its creation', () => {
    const summary = summarizeInvitations([
      invitationRecord({ id: 'a', sentAt: T + 5000 }),
      invitationRecord({ id: 'b', status: 'draft', sentAt: undefined, createdAt: T + 7000 }),
      invitationRecord({ id: 'c', sentAt: T + 6000 }),
    ]);
    expect(summary).toMatchObject({ invitationId: 'b', status: 'draft', count: 3 });
  });

  it('breaks a tie on time by the smaller id, whatever the order', () => {
    const a = invitationRecord({ id: 'a', sentAt: T + 5000 });
    const b = invitationRecord({ id: 'b', sentAt: T + 5000 });
    expect(summarizeInvitations([a, b])?.invitationId).toBe('a');
    expect(summarizeInvitations([b, a])?.invitationId).toBe('a');
  });

  it('is undefined without invitations', () => {
    expect(summarizeInvitations([])).toBeUndefined();
  });
});

describe('every writer keeps the summary of the latest invitation', () => {
  it('Done (recordSentInvitation) and createInvitation', async () => {
    const sent = await recordSentInvitation({
      customer: { name: 'Contoso' },
      invitation: draft({ adminPrivileges: true }),
      channel: 'gmail',
      at: T + 10_000,
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const id = sent.value.customer.id;
    expect(await latestOf(id)).toMatchObject({
      invitationId: sent.value.invitation.id,
      status: 'sent',
      sentAt: T + 10_000,
      adminPrivileges: true,
      count: 1,
    });

    const second = await createInvitation(
      { ...draft(), customerId: id, status: 'sent', sentAt: T + 20_000 },
      T + 20_000,
    );
    if (!second.ok) throw new Error(second.error.message);
    expect(await latestOf(id)).toMatchObject({ invitationId: second.value.id, count: 2 });
  });

  it('changeStatus, with the previous status for the undo', async () => {
    await putAll({ customers: [customerRecord()], invitations: [invitationRecord()] });
    await changeStatus('i1', 'accepted', { at: T + 3000 });
    expect(await latestOf('c1')).toMatchObject({
      status: 'accepted',
      previousStatus: 'sent',
      changedAt: T + 3000,
    });
  });

  it('deleteCustomer removes it and restoreCustomer brings it back', async () => {
    await putAll({ customers: [customerRecord()], invitations: [invitationRecord()] });
    const before = await latestOf('c1');
    const deleted = await deleteCustomer('c1');
    expect(await latestOf('c1')).toBeUndefined();
    if (!deleted.ok) throw new Error(deleted.error.message);
    await restoreCustomer(deleted.value);
    expect(await latestOf('c1')).toEqual(before);
  });

  it('putAll merges a batch with the invitations already stored', async () => {
    await putAll({
      customers: [customerRecord()],
      invitations: [invitationRecord({ id: 'old', sentAt: T + 9000 })],
    });
    // The batch's invitation is older than the stored one: the stored one stays latest.
    await putAll({
      customers: [],
      invitations: [invitationRecord({ id: 'new', sentAt: T + 5000 })],
    });
    expect(await latestOf('c1')).toMatchObject({ invitationId: 'old', count: 2 });
    // An import that overwrites the latest one with a new status is seen too.
    await putAll({
      customers: [],
      invitations: [invitationRecord({ id: 'old', sentAt: T + 9000, status: 'declined' })],
    });
    expect(await latestOf('c1')).toMatchObject({ invitationId: 'old', status: 'declined' });
  });

  it('replaceAll rebuilds every summary and drops those of customers gone', async () => {
    await putAll({ customers: [customerRecord()], invitations: [invitationRecord()] });
    await replaceAll({
      customers: [customerRecord({ id: 'c2', name: 'Fabrikam' })],
      invitations: [invitationRecord({ id: 'i2', customerId: 'c2' })],
    });
    expect(await latestOf('c1')).toBeUndefined();
    expect(await latestOf('c2')).toMatchObject({ invitationId: 'i2' });
  });

  it('the first list page joins customers by name with their summaries', async () => {
    await putAll({
      customers: [
        customerRecord({ id: 'c1', name: 'Zeta' }),
        customerRecord({ id: 'c2', name: 'Alpha' }),
      ],
      invitations: [invitationRecord({ id: 'i1', customerId: 'c1' })],
    });
    const page = await readFirstListPage({ limit: 10 });
    expect(page.ok && page.value.customers.map((c) => c.name)).toEqual(['Alpha', 'Zeta']);
    expect(page.ok && page.value.latest.map((l) => l.customerId)).toEqual(['c1']);
    expect(page.ok && page.value.total).toBe(2);
  });
});
