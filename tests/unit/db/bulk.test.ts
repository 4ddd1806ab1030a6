import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, exportAll, putAll, replaceAll } from '../../../lib/db';
import { customerRecord, invitationRecord, putRaw, readAll } from './fixtures';

afterEach(closeDb);

const batch = () => ({
  customers: [
    customerRecord({ id: 'c1' }),
    customerRecord({ id: 'c2', name: 'Fabrikam', nameKey: 'fabrikam' }),
  ],
  invitations: [invitationRecord({ id: 'i1', customerId: 'c1' })],
});

describe('exportAll', () => {
  it('returns every valid record and names the damaged ones', async () => {
    await putAll(batch());
    await putRaw('customers', { id: 'bad', name: 42 });
    const r = await exportAll();
    expect(r.ok && r.value.customers.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(r.ok && r.value.invitations).toEqual(batch().invitations);
    expect(r.ok && r.value.invalid.map((x) => x.key)).toEqual(['bad']);
  });
});

describe('putAll', () => {
  it('writes the whole batch and recomputes the index keys', async () => {
    const input = batch();
    input.customers[0] = customerRecord({ id: 'c1', name: 'Café Zürich', nameKey: 'stale' });
    expect(await putAll(input)).toEqual({ ok: true, value: { customers: 2, invitations: 1 } });
    const stored = await readAll();
    expect(stored.customers[0]).toMatchObject({ id: 'c1', nameKey: 'cafe zurich' });
    expect(stored.invitations).toEqual(input.invitations);
  });

  it('writes nothing when one record is invalid, and says which', async () => {
    const input = batch();
    input.invitations.push(invitationRecord({ id: 'i2', language: 'fr' as never }));
    const r = await putAll(input);
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('invitation 2 (id i2)') },
    });
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });

  it('writes nothing when an id appears twice in the batch', async () => {
    const input = batch();
    input.customers.push(customerRecord({ id: 'c1', name: 'Again' }));
    const r = await putAll(input);
    expect(!r.ok && r.error.code).toBe('duplicate');
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });

  it('rolls back every write when one add fails inside the transaction', async () => {
    // The last invitation's id is already stored: its add fails after the
    // customers and the first invitation were written in the same transaction.
    await putRaw('customers', customerRecord({ id: 'c0' }));
    await putRaw('invitations', invitationRecord({ id: 'taken', customerId: 'c0' }));
    const before = await readAll();
    const input = batch();
    input.invitations.push(invitationRecord({ id: 'taken', customerId: 'c2' }));
    const r = await putAll(input, { overwrite: false });
    expect(r).toEqual({
      ok: false,
      error: { code: 'duplicate', message: expect.stringContaining('invitation taken') },
    });
    expect(await readAll()).toEqual(before);
  });

  it('overwrites records with the same id by default', async () => {
    await putAll(batch());
    const input = batch();
    input.customers[0] = customerRecord({ id: 'c1', notes: 'updated' });
    expect((await putAll(input)).ok).toBe(true);
    expect((await readAll()).customers[0]).toMatchObject({ id: 'c1', notes: 'updated' });
  });

  it('refuses invitations whose customer is neither in the batch nor stored', async () => {
    const r = await putAll({
      customers: [],
      invitations: [invitationRecord({ customerId: 'ghost' })],
    });
    expect(!r.ok && r.error).toEqual({
      code: 'invalid-input',
      message: expect.stringContaining('ghost'),
    });
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });

  it('accepts invitations for a customer already stored', async () => {
    await putRaw('customers', customerRecord({ id: 'c9' }));
    const r = await putAll({
      customers: [],
      invitations: [invitationRecord({ customerId: 'c9' })],
    });
    expect(r.ok).toBe(true);
  });
});

describe('replaceAll', () => {
  it('replaces everything with the batch', async () => {
    await putRaw('customers', customerRecord({ id: 'old' }));
    expect((await replaceAll(batch())).ok).toBe(true);
    const stored = await readAll();
    expect(stored.customers.map((c) => (c as { id: string }).id)).toEqual(['c1', 'c2']);
  });

  it('keeps the old data when the batch is refused', async () => {
    await putRaw('customers', customerRecord({ id: 'old' }));
    await putRaw('invitations', invitationRecord({ id: 'i-old', customerId: 'old' }));
    const before = await readAll();
    // Refers to a customer that the replace would delete: refused inside the transaction.
    const r = await replaceAll({
      customers: [],
      invitations: [invitationRecord({ customerId: 'old' })],
    });
    expect(!r.ok && r.error.code).toBe('invalid-input');
    expect(await readAll()).toEqual(before);
  });
});
