// Version 5's repair fails as a whole: the upgrade is aborted, the open fails,
// and the version 4 database is as it was, at version 4.
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDb, DB_NAME, getDb } from '../../../lib/db';
import { customerRecord } from './fixtures';
import { writeReleasedDatabase } from './released-layouts';

vi.mock('../../../lib/db/normalise', () => ({
  normaliseCustomer: () => {
    throw new Error('the repair failed');
  },
  normaliseInvitation: () => undefined,
}));

afterEach(closeDb);

describe('a repair that fails', () => {
  it('aborts the upgrade: nothing changes and the database stays at version 4', async () => {
    const damaged = customerRecord({ id: 'c1', country: 'Netherlands' });
    await writeReleasedDatabase(4, { customers: [damaged] });

    await expect(getDb()).rejects.toBeDefined();

    const after = await openDB(DB_NAME);
    expect(after.version).toBe(4);
    expect(await after.getAll('customers')).toStrictEqual([damaged]);
    expect(await after.getAll('outbox')).toEqual([]);
    after.close();
  });
});
