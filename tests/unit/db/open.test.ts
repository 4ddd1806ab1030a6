import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, DB_NAME, DB_VERSION, getCustomer, getDb, openAppDb } from '../../../lib/db';

afterEach(closeDb);

describe('openAppDb', () => {
  it('creates the stores with their key paths and indexes at version 5', async () => {
    const db = await openAppDb();
    expect(DB_VERSION).toBe(5);
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames].sort()).toEqual([
      'customers',
      'invitations',
      'latest',
      'outbox',
      'team',
      'teamState',
    ]);
    const latest = unwrap(db.transaction('latest').objectStore('latest'));
    expect(latest.keyPath).toBe('customerId');
    const latestKeyPaths = Object.fromEntries(
      [...latest.indexNames].map((n) => [n, latest.index(n).keyPath]),
    );
    expect(latestKeyPaths).toEqual({
      'by-follow-up': 'lastFollowUpAt',
      'by-status': 'status',
      'by-status-sent': ['status', 'sentAt'],
    });

    const tx = db.transaction(['customers', 'invitations']);
    const customers = tx.objectStore('customers');
    const invitations = tx.objectStore('invitations');
    expect(customers.keyPath).toBe('id');
    expect(invitations.keyPath).toBe('id');
    const keyPaths = (store: IDBObjectStore) =>
      Object.fromEntries([...store.indexNames].map((n) => [n, store.index(n).keyPath]));
    expect(keyPaths(unwrap(customers))).toEqual({
      'by-name': 'nameKey',
      'by-email': 'contactEmail',
      'by-domain': 'domain',
      'by-updated': 'updatedAt',
    });
    expect(keyPaths(unwrap(invitations))).toEqual({
      'by-customer': 'customerId',
      'by-status': 'status',
      'by-sent': 'sentAt',
    });
    db.close();
  });
});

describe('getDb', () => {
  it('opens one connection and reuses it until closeDb', async () => {
    const first = getDb();
    expect(getDb()).toBe(first);
    await closeDb();
    expect(getDb()).not.toBe(first);
  });

  it('steps aside for a newer version: the upgrade is not blocked and the old connection closes', async () => {
    const old = await getDb();
    // Fails at once if the old connection does not step aside (instead of hanging).
    const newer = await new Promise<Awaited<ReturnType<typeof openDB>>>((resolve, reject) => {
      openDB(DB_NAME, DB_VERSION + 1, {
        blocked: () => reject(new Error('the upgrade was blocked')),
        upgrade(db) {
          db.createObjectStore('added-in-v2');
        },
      }).then(resolve, reject);
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    // A closed connection refuses new transactions.
    expect(() => old.transaction('customers')).toThrow();
    // The cache was dropped: the next call reopens, and this page's code is now
    // older than the database, which callers see as an error value.
    expect(await getDb().catch((e: Error) => e.name)).toBe('VersionError');
    expect(await getCustomer('c1')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'db-outdated' }),
    });
    newer.close();
  });

  it('steps aside for a deletion and reopens a fresh database afterwards', async () => {
    const old = await getDb();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onblocked = () => reject(new Error('delete was blocked'));
      request.onsuccess = () => resolve();
    });
    const reopened = await getDb();
    expect(reopened).not.toBe(old);
    expect([...reopened.objectStoreNames].sort()).toEqual([
      'customers',
      'invitations',
      'latest',
      'outbox',
      'team',
      'teamState',
    ]);
  });
});
