import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, DB_NAME, getDb, readListChunk } from '../../../lib/db';
import { readOverview } from '../../../lib/reminders/overview';
import { customerRecord, invitationRecord } from './fixtures';

afterEach(closeDb);

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 4, 31, 9);

/**
 * Version 2's layout exactly as released (lib/db/open.ts, blocks 1 and 2), frozen
 * here with summaries as version 2 wrote them, so the test keeps describing what
 * users' disks hold.
 */
async function writeVersion2Database(): Promise<void> {
  const db = await openDB(DB_NAME, 2, {
    upgrade(v2) {
      const customers = v2.createObjectStore('customers', { keyPath: 'id' });
      customers.createIndex('by-name', 'nameKey');
      customers.createIndex('by-email', 'contactEmail');
      customers.createIndex('by-domain', 'domain');
      customers.createIndex('by-updated', 'updatedAt');
      const invitations = v2.createObjectStore('invitations', { keyPath: 'id' });
      invitations.createIndex('by-customer', 'customerId');
      invitations.createIndex('by-status', 'status');
      invitations.createIndex('by-sent', 'sentAt');
      const latest = v2.createObjectStore('latest', { keyPath: 'customerId' });
      latest.createIndex('by-status', 'status');
    },
  });
  const tx = db.transaction(['customers', 'invitations', 'latest'], 'readwrite');
  const summary = (customerId: string, status: string, sentAt: number, more = {}) => ({
    customerId,
    invitationId: `i-${customerId}`,
    status,
    changedAt: sentAt,
    createdAt: sentAt,
    sentAt,
    adminPrivileges: false,
    cloud: 'public',
    purpose: 'new-relationship',
    language: 'en',
    count: 1,
    ...more,
  });
  for (const [id, status, days, more] of [
    ['c1', 'sent', 10, {}],
    ['c2', 'sent', 20, { followUpCount: 1, lastFollowUpAt: NOW - 2 * DAY }],
    ['c3', 'accepted', 30, {}],
  ] as const) {
    const sentAt = NOW - days * DAY;
    await tx.objectStore('customers').put(customerRecord({ id, name: id, nameKey: id }));
    await tx
      .objectStore('invitations')
      .put(invitationRecord({ id: `i-${id}`, customerId: id, status, sentAt, createdAt: sentAt }));
    await tx.objectStore('latest').put(summary(id, status, sentAt, more));
  }
  await tx.done;
  db.close();
}

describe('a version 2 database opened by version 3', () => {
  it('gains the overview indexes over the summaries it already holds', async () => {
    await writeVersion2Database();
    const db = await getDb();
    expect(db.version).toBe(5);
    const names = [...db.transaction('latest').objectStore('latest').indexNames];
    expect(names.sort()).toEqual(['by-follow-up', 'by-status', 'by-status-sent']);

    const overview = await readOverview(NOW, 7);
    expect(overview.byStatus).toMatchObject({ sent: 2, accepted: 1 });
    expect(overview.waitingLonger).toBe(2);
    // c2 was reminded 2 days ago: not due.
    expect(overview.followUp).toBe(1);

    const chunk = await readListChunk(undefined);
    expect(chunk.ok && chunk.value.customers.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});
