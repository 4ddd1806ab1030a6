// Version 5's repair trips over a record: that record is left exactly as it was
// (still counted as damaged), the others are repaired, and the database opens at
// version 5 — a bug in the repair must not cost the partner the whole database.
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDb, DB_NAME, getDb, readDamagedRecords } from '../../../lib/db';
import { customerRecord } from './fixtures';
import { writeReleasedDatabase } from './released-layouts';

const { tripped } = vi.hoisted(() => ({ tripped: vi.fn() }));
vi.mock('../../../lib/db/normalise', async (actual) => {
  const real = await actual<typeof import('../../../lib/db/normalise')>();
  return {
    ...real,
    normaliseCustomer: (raw: { id?: string }) => {
      if (raw.id !== 'c1') return real.normaliseCustomer(raw);
      tripped(raw.id);
      throw new Error('the repair failed');
    },
  };
});

afterEach(closeDb);

describe('a repair that fails on one record', () => {
  it('leaves that record as it was and repairs the others; the database opens at version 5', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = customerRecord({ id: 'c1', country: 'Netherlands' });
    const other = customerRecord({ id: 'c2', country: 'Nederland' });
    await writeReleasedDatabase(4, { customers: [broken, other] });

    const db = await getDb();
    expect(db.version).toBe(5);
    expect(tripped).toHaveBeenCalledWith('c1');
    await closeDb();

    const after = await openDB(DB_NAME);
    expect(await after.get('customers', 'c1')).toStrictEqual(broken);
    expect(await after.get('customers', 'c2')).toMatchObject({ id: 'c2', country: 'NL' });
    expect((await after.getAll('outbox')).map((e) => e.customerId)).toEqual(['c2']);
    after.close();
    const damaged = await readDamagedRecords();
    if (!damaged.ok) throw new Error(damaged.error.message);
    expect(damaged.value.map((d) => [d.store, d.key])).toEqual([['customers', 'c1']]);
  });
});
