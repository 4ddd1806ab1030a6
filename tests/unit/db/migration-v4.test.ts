// Version 4 (team sharing): the outbox and the team's stores are added to a
// version 3 database without touching its records, and from then on every write
// puts its outbox entry in its own transaction — or, if it fails, none.
import { afterEach, describe, expect, it } from 'vitest';
import {
  addNote,
  closeDb,
  DB_VERSION,
  deleteCustomer,
  getCustomer,
  getDb,
  putAll,
} from '../../../lib/db';
import { customerRecord, invitationRecord, T } from './fixtures';
import { writeReleasedDatabase } from './released-layouts';

afterEach(closeDb);

/** Version 3's database, as released, with one customer and its invitation. */
const writeVersion3Database = () =>
  writeReleasedDatabase(3, {
    customers: [customerRecord({ id: 'c1' })],
    invitations: [invitationRecord({ id: 'i1', customerId: 'c1' })],
  });

const outbox = async () => (await getDb()).getAll('outbox');

describe('a version 3 database opened by version 4', () => {
  it('keeps its records and gains an empty outbox and the team stores', async () => {
    await writeVersion3Database();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'customers',
      'invitations',
      'latest',
      'outbox',
      'team',
      'teamState',
    ]);
    expect(await db.getAll('customers')).toEqual([customerRecord({ id: 'c1' })]);
    expect(await db.count('invitations')).toBe(1);
    expect(await outbox()).toEqual([]);
    expect([...db.transaction('team').objectStore('team').indexNames].sort()).toEqual([
      'by-customer',
      'by-item',
    ]);
  });
});

describe('the outbox', () => {
  it('gets one entry per customer written, in the write itself', async () => {
    await writeVersion3Database();
    const before = Date.now();
    expect((await addNote('c1', { text: 'Called', author: 'Ann', at: T + 5000 })).ok).toBe(true);
    expect((await addNote('c1', { text: 'Again', author: 'Ann', at: T + 6000 })).ok).toBe(true);
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.customerId).toBe('c1');
    expect(entries[0]!.at).toBeGreaterThanOrEqual(before);
    expect((await deleteCustomer('c1')).ok).toBe(true);
    expect((await outbox()).map((e) => e.customerId)).toEqual(['c1']);
  });

  it('gets no entry when the write fails, and the record is unchanged', async () => {
    await writeVersion3Database();
    const failed = await addNote('c1', { text: 'x'.repeat(30_000), author: 'Ann' });
    expect(failed.ok).toBe(false);
    expect(await outbox()).toEqual([]);
    const stored = await getCustomer('c1');
    expect(stored.ok && stored.value.noteEntries).toBeFalsy();
  });

  it("a bulk write queues '*': every record is compared at the next sync", async () => {
    const written = await putAll({
      customers: [customerRecord({ id: 'c7' })],
      invitations: [invitationRecord({ id: 'i7', customerId: 'c7' })],
    });
    expect(written.ok).toBe(true);
    expect((await outbox()).map((e) => e.customerId)).toEqual(['*']);
  });

  it('reads add no entry', async () => {
    await writeVersion3Database();
    await getCustomer('c1');
    expect(await outbox()).toEqual([]);
  });
});
