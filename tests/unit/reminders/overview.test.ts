// The overview's figures come from index counts (lib/db/overview.ts); they must be
// exactly what the list's filters and the badge find over every summary.
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, putAll, recordFollowUp, summarizeAll } from '../../../lib/db';
import { waitingLongerThan } from '../../../lib/list';
import { DAY_MS, dueReminders, followUpReasons } from '../../../lib/reminders/due';
import { monthStarts, pipelineOf, readOverview } from '../../../lib/reminders/overview';
import type { Invitation, InvitationStatus } from '../../../lib/schema';
import { customerRecord, invitationRecord } from '../db/fixtures';

afterEach(closeDb);

const NOW = Date.UTC(2024, 4, 31, 9);
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const STATUSES: InvitationStatus[] = [
  'draft',
  'sent',
  'sent',
  'sent',
  'accepted',
  'declined',
  'expired',
  'cancelled',
  'removed',
];

/** A small deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

function dataset(count: number, seed: number) {
  const next = random(seed);
  const customers = Array.from({ length: count }, (_, i) =>
    customerRecord({ id: `c${i}`, name: `Customer ${i}`, nameKey: `customer ${i}` }),
  );
  const invitations: Invitation[] = [];
  for (const c of customers) {
    if (next() < 0.15) continue; // no invitation
    const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
    const sentAt = Math.round(NOW - next() * 400 * DAY_MS);
    const history =
      status === 'draft'
        ? [{ status, at: sentAt }]
        : [
            { status: 'sent' as const, at: sentAt },
            ...(status === 'sent'
              ? []
              : [{ status, at: sentAt + Math.round(next() * 30 * DAY_MS) }]),
          ];
    invitations.push(
      invitationRecord({
        id: `i-${c.id}`,
        customerId: c.id,
        status,
        history,
        createdAt: sentAt,
        ...(status === 'draft' ? { sentAt: undefined } : { sentAt }),
        ...(next() < 0.3 ? { gdapLink: GDAP } : {}),
      }),
    );
  }
  // sentAt: undefined must be absent, as lib/db stores it.
  for (const inv of invitations) if (inv.sentAt === undefined) delete inv.sentAt;
  return { customers, invitations, next };
}

describe('readOverview', () => {
  it.each([1, 2, 3])('matches the rules over every summary (data set %i)', async (seed) => {
    const { customers, invitations, next } = dataset(300, seed);
    expect((await putAll({ customers, invitations })).ok).toBe(true);
    // Some reminders: recent ones take a customer out of "needs follow-up".
    for (const inv of invitations.filter((i) => i.status === 'sent')) {
      if (next() < 0.4) {
        const at = Math.round(NOW - next() * 20 * DAY_MS);
        expect((await recordFollowUp(inv.id, { at })).ok).toBe(true);
        inv.followUps = [{ at }];
      }
    }
    const reminderDays = 7;
    const overview = await readOverview(NOW, reminderDays);
    const summaries = summarizeAll(invitations);

    const byStatus = Object.fromEntries(
      (['draft', 'sent', 'accepted', 'declined', 'expired', 'cancelled', 'removed'] as const).map(
        (s) => [s, summaries.filter((l) => l.status === s).length],
      ),
    );
    expect(overview.byStatus).toEqual(byStatus);
    expect(overview.customers).toBe(300);
    expect(overview.none).toBe(300 - summaries.length);
    expect(overview.waitingLonger).toBe(
      summaries.filter((l) => waitingLongerThan(l, reminderDays, NOW)).length,
    );
    expect(overview.followUp).toBe(dueReminders(summaries, NOW, reminderDays).length);
    expect(overview.gdapExpiring).toBe(
      summaries.filter((l) => followUpReasons(l, NOW, reminderDays).includes('gdap-expiring'))
        .length,
    );
    // The reminders really made a difference, or this test proves little.
    expect(overview.followUp).toBeLessThan(overview.waitingLonger + overview.gdapExpiring);
    expect(overview.followUp).toBeGreaterThan(0);

    const starts = monthStarts(NOW);
    const inMonth = (l: (typeof summaries)[number], i: number) =>
      l.sentAt !== undefined && l.sentAt >= starts[i]! && l.sentAt < starts[i + 1]!;
    const { months } = pipelineOf(summaries, NOW);
    expect(months).toHaveLength(12);
    months.forEach((month, i) => {
      const here = summaries.filter((l) => inMonth(l, i));
      expect(month.start).toBe(starts[i]);
      expect(month.waiting).toBe(here.filter((l) => l.status === 'sent').length);
      expect(month.accepted).toBe(
        here.filter((l) => l.status === 'accepted' || l.status === 'removed').length,
      );
      expect(month.declined).toBe(here.filter((l) => l.status === 'declined').length);
    });
  });

  it('acceptance rate over answered invitations and median days to accept', async () => {
    const customers = ['a', 'b', 'c', 'd', 'e'].map((id) =>
      customerRecord({ id, name: id, nameKey: id }),
    );
    const sent = NOW - 40 * DAY_MS;
    const answered = (id: string, status: InvitationStatus, days: number) =>
      invitationRecord({
        id: `i-${id}`,
        customerId: id,
        status,
        sentAt: sent,
        createdAt: sent,
        history: [
          { status: 'sent', at: sent },
          { status, at: sent + days * DAY_MS },
        ],
      });
    const invitations = [
      answered('a', 'accepted', 2),
      answered('b', 'accepted', 10),
      answered('c', 'accepted', 3),
      answered('d', 'declined', 1),
      invitationRecord({ id: 'i-e', customerId: 'e', sentAt: sent, createdAt: sent }),
    ];
    await putAll({ customers, invitations });
    const overview = await readOverview(NOW, 7);
    expect(overview.answered).toBe(4);
    expect(overview.acceptanceRate).toBe(0.75);
    const pipeline = pipelineOf(summarizeAll(invitations), NOW);
    expect(pipeline.medianDaysToAccept).toBe(3);
    expect(pipeline.acceptedSample).toBe(3);
  });

  it('an empty database has no rate and no median', async () => {
    const overview = await readOverview(NOW, 7);
    expect(overview).toMatchObject({ customers: 0, none: 0, followUp: 0, answered: 0 });
    expect(overview.acceptanceRate).toBeUndefined();
    const pipeline = pipelineOf([], NOW);
    expect(pipeline.medianDaysToAccept).toBeUndefined();
    expect(pipeline.months).toHaveLength(12);
  });
});
