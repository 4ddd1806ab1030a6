import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, deleteCustomer, restoreCustomer } from '../../../lib/db';
import { customerRecord, invitationRecord, putRaw, readAll } from './fixtures';

afterEach(closeDb);

async function seed() {
  await putRaw('customers', customerRecord({ id: 'c1' }));
  await putRaw('customers', customerRecord({ id: 'c2', name: 'Fabrikam', nameKey: 'fabrikam' }));
  await putRaw('invitations', invitationRecord({ id: 'i1', customerId: 'c1' }));
  await putRaw('invitations', invitationRecord({ id: 'i2', customerId: 'c1' }));
  await putRaw('invitations', invitationRecord({ id: 'i3', customerId: 'c2' }));
  return readAll();
}

const ids = (records: unknown[]) => records.map((r) => (r as { id: string }).id).sort();

describe('deleteCustomer', () => {
  it('deletes the customer and its invitations only, and returns them', async () => {
    await seed();
    const r = await deleteCustomer('c1');
    expect(r.ok && r.value.customer.id).toBe('c1');
    expect(r.ok && ids(r.value.invitations)).toEqual(['i1', 'i2']);
    const left = await readAll();
    expect(ids(left.customers)).toEqual(['c2']);
    expect(ids(left.invitations)).toEqual(['i3']);
  });

  it('says not-found and deletes nothing for an unknown id', async () => {
    const before = await seed();
    const r = await deleteCustomer('nobody');
    expect(!r.ok && r.error.code).toBe('not-found');
    expect(await readAll()).toEqual(before);
  });

  it('refuses to delete when an invitation is damaged, since undo could not restore it', async () => {
    await seed();
    await putRaw('invitations', {
      ...invitationRecord({ id: 'i9', customerId: 'c1' }),
      status: 'lost',
    });
    const before = await readAll();
    const r = await deleteCustomer('c1');
    expect(!r.ok && r.error).toEqual({
      code: 'invalid-record',
      message: expect.stringContaining('i9'),
    });
    expect(await readAll()).toEqual(before);
  });
});

describe('restoreCustomer', () => {
  it('puts back exactly what was deleted', async () => {
    const before = await seed();
    const deleted = await deleteCustomer('c1');
    if (!deleted.ok) throw new Error(deleted.error.message);
    expect((await restoreCustomer(deleted.value)).ok).toBe(true);
    const after = await readAll();
    expect(ids(after.customers)).toEqual(ids(before.customers));
    expect(after.invitations).toEqual(expect.arrayContaining(before.invitations));
    expect(after.invitations).toHaveLength(before.invitations.length);
  });

  it('restores nothing when the customer id was taken again meanwhile', async () => {
    await seed();
    const deleted = await deleteCustomer('c1');
    if (!deleted.ok) throw new Error(deleted.error.message);
    await putRaw('customers', customerRecord({ id: 'c1', name: 'Someone else' }));
    const r = await restoreCustomer(deleted.value);
    expect(!r.ok && r.error.code).toBe('duplicate');
    expect(ids((await readAll()).invitations)).toEqual(['i3']);
  });

  it('refuses a snapshot whose invitations belong to another customer', async () => {
    const r = await restoreCustomer({
      customer: customerRecord({ id: 'c1' }),
      invitations: [invitationRecord({ customerId: 'c2' })],
    });
    expect(!r.ok && r.error.code).toBe('invalid-input');
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });
});
