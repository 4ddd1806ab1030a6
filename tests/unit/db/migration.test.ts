import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  DB_NAME,
  exportAll,
  getDb,
  listLatestByStatus,
  readListChunk,
} from '../../../lib/db';
import { customerRecord, invitationRecord, T } from './fixtures';

afterEach(closeDb);

/**
 * Version 1's layout exactly as released (lib/db/open.ts, block 1), frozen here:
 * the test must keep describing what users' disks hold even if open.ts changes.
 */
async function writeVersion1Database(records: {
  customers: unknown[];
  invitations: unknown[];
}): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      const customers = v1.createObjectStore('customers', { keyPath: 'id' });
      customers.createIndex('by-name', 'nameKey');
      customers.createIndex('by-email', 'contactEmail');
      customers.createIndex('by-domain', 'domain');
      customers.createIndex('by-updated', 'updatedAt');
      const invitations = v1.createObjectStore('invitations', { keyPath: 'id' });
      invitations.createIndex('by-customer', 'customerId');
      invitations.createIndex('by-status', 'status');
      invitations.createIndex('by-sent', 'sentAt');
    },
  });
  const tx = db.transaction(['customers', 'invitations'], 'readwrite');
  for (const c of records.customers) await tx.objectStore('customers').put(c);
  for (const i of records.invitations) await tx.objectStore('invitations').put(i);
  await tx.done;
  db.close();
}

const customers = [
  customerRecord({ id: 'c1', name: 'Café Zürich', nameKey: 'cafe zurich' }),
  customerRecord({ id: 'c2', name: 'Contoso', nameKey: 'contoso', notes: 'call Anna' }),
  customerRecord({ id: 'c3', name: 'No invitations yet', nameKey: 'no invitations yet' }),
];
const invitations = [
  invitationRecord({ id: 'i1', customerId: 'c1', sentAt: T + 1000, createdAt: T + 900 }),
  invitationRecord({
    id: 'i2',
    customerId: 'c1',
    status: 'accepted',
    sentAt: T + 5000,
    createdAt: T + 4000,
    history: [
      { status: 'sent', at: T + 5000 },
      { status: 'accepted', at: T + 6000, note: 'Partner Center export' },
    ],
  }),
  invitationRecord({ id: 'i3', customerId: 'c2', sentAt: T + 3000, createdAt: T + 3000 }),
];

describe('a database written by version 1 opened by the current version', () => {
  it('keeps every record, and fills the latest-invitation summaries', async () => {
    await writeVersion1Database({ customers, invitations });

    const db = await getDb();
    expect(db.version).toBe(5);
    const all = await exportAll();
    expect(all).toEqual({ ok: true, value: { customers, invitations, invalid: [] } });

    const chunk = await readListChunk(undefined);
    expect(chunk.ok && chunk.value.customers).toEqual(customers);
    expect(chunk.ok && chunk.value.latest).toEqual([
      expect.objectContaining({
        customerId: 'c1',
        invitationId: 'i2',
        status: 'accepted',
        previousStatus: 'sent',
        changedAt: T + 6000,
        count: 2,
      }),
      expect.objectContaining({ customerId: 'c2', invitationId: 'i3', status: 'sent', count: 1 }),
    ]);
    const sent = await listLatestByStatus('sent');
    expect(sent.ok && sent.value.map((l) => l.customerId)).toEqual(['c2']);
  });

  it('keeps a damaged record as it was and leaves it out of the summaries', async () => {
    const damaged = { id: 'bad', customerId: 'c2', status: 'sent', sentAt: T + 9999 };
    await writeVersion1Database({ customers, invitations: [...invitations, damaged] });

    const db = await getDb();
    expect(await db.get('invitations', 'bad')).toEqual(damaged);
    const sent = await listLatestByStatus('sent');
    expect(sent.ok && sent.value).toEqual([
      expect.objectContaining({ customerId: 'c2', invitationId: 'i3' }),
    ]);
  });

  it('opens an empty version 1 database', async () => {
    await writeVersion1Database({ customers: [], invitations: [] });
    const all = await exportAll();
    expect(all).toEqual({ ok: true, value: { customers: [], invitations: [], invalid: [] } });
  });
});
