// Items 1 and 10: a damaged stored record never breaks the list or an export; it
// is counted, and can be exported as it is stored.
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  damagedRecordsJson,
  readDamagedRecords,
  readFirstListPage,
  readListChunk,
} from '../../../lib/db';
import { exportBackup, exportCustomerCsv } from '../../../lib/transfer';
import { customerRecord, invitationRecord, putRaw } from './fixtures';

afterEach(closeDb);

async function seedWithDamage() {
  for (const id of ['a', 'b', 'c', 'd'])
    await putRaw(
      'customers',
      customerRecord({ id, name: `Customer ${id}`, nameKey: `customer ${id}` }),
    );
  // Stored before today's checks: a time past JavaScript's date range, and a name that is a number.
  await putRaw(
    'customers',
    customerRecord({ id: 'e', name: 'Damaged', nameKey: 'damaged', createdAt: 9e15 }),
  );
  await putRaw('invitations', invitationRecord({ id: 'i-a', customerId: 'a', sentAt: 9e15 }));
  await putRaw(
    'invitations',
    invitationRecord({ id: 'i-b', customerId: 'b', history: [{ status: 'sent', at: 9e15 }] }),
  );
}

describe('a damaged stored record', () => {
  it('is counted by the list, not silently dropped', async () => {
    await seedWithDamage();
    const chunk = await readListChunk(undefined);
    expect(chunk.ok && chunk.value.customers.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(chunk.ok && chunk.value.invalid.map((r) => r.key)).toEqual(['e']);
    const first = await readFirstListPage();
    expect(first.ok && [first.value.total, first.value.invalid.length]).toEqual([5, 1]);
  });

  it('does not break Export CSV, which names what it left out', async () => {
    await seedWithDamage();
    const r = await exportCustomerCsv();
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.text.split('\r\n').filter(Boolean)).toHaveLength(5); // header + 4
    expect(r.ok && r.value.skipped.map((s) => s.key).sort()).toEqual(['e', 'i-a', 'i-b']);
  });

  it('does not break Export JSON, which names what it left out', async () => {
    await seedWithDamage();
    const r = await exportBackup();
    expect(r.ok && r.value.skipped.map((s) => s.key).sort()).toEqual(['e', 'i-a', 'i-b']);
  });

  it('can be exported raw, as stored, with why it could not be read', async () => {
    await seedWithDamage();
    await putRaw('customers', { id: 'f', name: 'Odd', big: 12n, nested: new Map([['k', 1]]) });
    const damaged = await readDamagedRecords();
    expect(damaged.ok && damaged.value.map((d) => d.key).sort()).toEqual(['e', 'f', 'i-a', 'i-b']);
    const json = JSON.parse(
      damagedRecordsJson(damaged.ok ? damaged.value : [], '2024-05-01T00:00:00.000Z'),
    );
    const e = json.damaged.find((d: { key: string }) => d.key === 'e');
    expect(e).toMatchObject({ store: 'customers', raw: { createdAt: 9e15 } });
    expect(e.message).toMatch(/"createdAt" is not a time between 1 January 2015/);
    expect(json.damaged.find((d: { key: string }) => d.key === 'f').raw).toMatchObject({
      big: '12n',
      nested: { map: [['k', 1]] },
    });
  });
});
