// The database layouts as each version released them (lib/db/open.ts, blocks 1
// to N), frozen here: a migration test must keep describing what users' disks
// hold even when open.ts changes.
import { type IDBPDatabase, openDB } from 'idb';
import { DB_NAME } from '../../../lib/db';

export type ReleasedVersion = 1 | 2 | 3 | 4;

// biome-ignore lint/suspicious/noExplicitAny: a frozen layout, not the typed schema of today.
function createLayout(db: IDBPDatabase<any>, version: ReleasedVersion): void {
  const customers = db.createObjectStore('customers', { keyPath: 'id' });
  customers.createIndex('by-name', 'nameKey');
  customers.createIndex('by-email', 'contactEmail');
  customers.createIndex('by-domain', 'domain');
  customers.createIndex('by-updated', 'updatedAt');
  const invitations = db.createObjectStore('invitations', { keyPath: 'id' });
  invitations.createIndex('by-customer', 'customerId');
  invitations.createIndex('by-status', 'status');
  invitations.createIndex('by-sent', 'sentAt');
  if (version < 2) return;
  const latest = db.createObjectStore('latest', { keyPath: 'customerId' });
  latest.createIndex('by-status', 'status');
  if (version < 3) return;
  latest.createIndex('by-status-sent', ['status', 'sentAt']);
  latest.createIndex('by-follow-up', 'lastFollowUpAt');
  if (version < 4) return;
  db.createObjectStore('outbox', { keyPath: 'customerId' });
  const team = db.createObjectStore('team', { keyPath: 'key' });
  team.createIndex('by-customer', 'customerId');
  team.createIndex('by-item', 'itemId');
  db.createObjectStore('teamState', { keyPath: 'name' });
}

/** A database at `version`, laid out as released, holding these records as given. */
export async function writeReleasedDatabase(
  version: ReleasedVersion,
  records: { customers?: unknown[]; invitations?: unknown[]; latest?: unknown[] },
): Promise<void> {
  const db = await openDB(DB_NAME, version, { upgrade: (fresh) => createLayout(fresh, version) });
  const stores = (['customers', 'invitations', 'latest'] as const).filter(
    (name) => (records[name]?.length ?? 0) > 0,
  );
  if (stores.length > 0) {
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores)
      for (const record of records[name] ?? []) await tx.objectStore(name).put(record as never);
    await tx.done;
  }
  db.close();
}
