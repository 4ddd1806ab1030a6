import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, DB_VERSION, getDb, readListChunk } from '../../../lib/db';
import { readOverview } from '../../../lib/reminders/overview';
import { customerRecord, invitationRecord } from './fixtures';
import { writeReleasedDatabase } from './released-layouts';

afterEach(closeDb);

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 4, 31, 9);

/**
 * Version 2's layout exactly as released (lib/db/open.ts, blocks 1 and 2), frozen
 * here with summaries as version 2 wrote them, so the test keeps describing what
 * users' disks hold.
 */
async function writeVersion2Database(): Promise<void> {
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
  const rows = [
    ['c1', 'sent', 10, {}],
    ['c2', 'sent', 20, { followUpCount: 1, lastFollowUpAt: NOW - 2 * DAY }],
    ['c3', 'accepted', 30, {}],
  ] as const;
  await writeReleasedDatabase(2, {
    customers: rows.map(([id]) => customerRecord({ id, name: id, nameKey: id })),
    invitations: rows.map(([id, status, days]) =>
      invitationRecord({
        id: `i-${id}`,
        customerId: id,
        status,
        sentAt: NOW - days * DAY,
        createdAt: NOW - days * DAY,
      }),
    ),
    latest: rows.map(([id, status, days, more]) => summary(id, status, NOW - days * DAY, more)),
  });
}

describe('a version 2 database opened by version 3', () => {
  it('gains the overview indexes over the summaries it already holds', async () => {
    await writeVersion2Database();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
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
