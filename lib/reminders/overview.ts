/**
 * Where things stand, for the options page's overview. Two parts:
 *
 * - The counts (`readOverview`): customers per status of their latest invitation,
 *   how many wait too long or need a follow-up (by exactly the rules of due.ts that
 *   the list's filters and the badge use), the GDAP requests about to expire, the
 *   acceptance rate. lib/db counts them from the `latest` store's indexes
 *   (docs/ARCHITECTURE.md, "Data"), without loading the records, so they show
 *   before the list is in; `overviewFrom` turns those counts into figures.
 * - The trend (`pipelineOf`): the median days to accept and the latest invitations
 *   per month by outcome, which need each summary's dates. They are worked out from
 *   the summaries the list holds in memory anyway, at no read at all (the chart's
 *   84 index range counts took 4.8 s at 100,000 while the list loaded, measured
 *   by `npm run bench` on a loaded machine).
 */
import { type OverviewCounts, type OverviewQuery, readOverviewCounts } from '../db';
import { GDAP_REQUEST_EXPIRY_DAYS } from '../invitation/rules';
import type { InvitationStatus, LatestInvitation } from '../schema';
import { DAY_MS, followUpReasons, GDAP_WARNING_DAYS } from './due';

export interface Overview {
  /** Customers in the database, and those without any invitation. */
  customers: number;
  none: number;
  /** Customers by the status of their latest invitation. */
  byStatus: Record<InvitationStatus, number>;
  /** `sent` longer than the reminder delay, counted from when it was sent (the list's waiting filter). */
  waitingLonger: number;
  /** What the badge counts: waiting since the last contact, or a GDAP request about to expire. */
  followUp: number;
  gdapExpiring: number;
  /** Answered invitations: accepted (also if later removed), declined, expired. */
  answered: number;
  /** Share of the answered ones that were accepted; undefined before any answer. */
  acceptanceRate?: number;
}

/** The counts lib/db is asked for, at `now` with the partner's reminder delay. */
export function overviewQuery(now: number, reminderDays: number): OverviewQuery {
  const contactCutoff = now - reminderDays * DAY_MS;
  return {
    sentBefore: [contactCutoff],
    remindedSince: contactCutoff,
    // due.ts flags a GDAP request from 14 days before its 90 are over.
    readSentUpTo: now - (GDAP_REQUEST_EXPIRY_DAYS - GDAP_WARNING_DAYS) * DAY_MS,
  };
}

export function overviewFrom(
  counts: OverviewCounts,
  query: OverviewQuery,
  now: number,
  reminderDays: number,
): Overview {
  const cutoff = query.remindedSince;
  const sentBeforeCutoff = counts.sentBefore[0] ?? 0;
  // Sent before the cutoff but reminded since: not waiting (due.ts counts from the last contact).
  const remindedAgain = counts.reminded.filter(
    (l) => l.status === 'sent' && l.sentAt !== undefined && l.sentAt < cutoff,
  ).length;
  const waiting = sentBeforeCutoff - remindedAgain;
  let gdapExpiring = 0;
  let gdapOnly = 0;
  for (const l of counts.oldSent) {
    const reasons = followUpReasons(l, now, reminderDays);
    if (!reasons.includes('gdap-expiring')) continue;
    gdapExpiring++;
    if (!reasons.includes('waiting')) gdapOnly++;
  }
  const s = counts.byStatus;
  const accepted = s.accepted + s.removed;
  const answered = accepted + s.declined + s.expired;
  const withInvitation = Object.values(s).reduce((a, b) => a + b, 0);
  return {
    customers: counts.customers,
    none: Math.max(0, counts.customers - withInvitation),
    byStatus: s,
    waitingLonger: sentBeforeCutoff,
    followUp: waiting + gdapOnly,
    gdapExpiring,
    answered,
    ...(answered > 0 ? { acceptanceRate: accepted / answered } : {}),
  };
}

/** The overview's counts as the database holds them now. */
export async function readOverview(now: number, reminderDays: number): Promise<Overview> {
  const query = overviewQuery(now, reminderDays);
  const counts = await readOverviewCounts(query);
  if (!counts.ok) throw new Error(counts.error.message);
  return overviewFrom(counts.value, query, now, reminderDays);
}

/** A month of the chart: the latest invitations sent in it, by what became of them. */
export interface MonthCounts {
  /** The month's first moment (local time), epoch ms. */
  start: number;
  waiting: number;
  /** Accepted, including those accepted and later removed. */
  accepted: number;
  declined: number;
  expired: number;
  cancelled: number;
}
export const OUTCOMES = ['waiting', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const OUTCOME_OF: Partial<Record<InvitationStatus, Outcome>> = {
  sent: 'waiting',
  accepted: 'accepted',
  removed: 'accepted',
  declined: 'declined',
  expired: 'expired',
  cancelled: 'cancelled',
};

export interface Pipeline {
  /** The last 12 months, oldest first. */
  months: MonthCounts[];
  /** Median whole days from sending to accepting, over acceptances of the last 12 months. */
  medianDaysToAccept?: number;
  acceptedSample: number;
}

const MONTHS = 12;

/** The starts of the last `MONTHS` calendar months and of the next one, in local time. */
export function monthStarts(now: number): number[] {
  const today = new Date(now);
  return Array.from({ length: MONTHS + 1 }, (_, i) =>
    new Date(today.getFullYear(), today.getMonth() - MONTHS + 1 + i, 1).getTime(),
  );
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The chart and the median days to accept from the summaries, in one pass. */
export function pipelineOf(summaries: Iterable<LatestInvitation>, now: number): Pipeline {
  const starts = monthStarts(now);
  const first = starts[0]!;
  const end = starts[MONTHS]!;
  const months: MonthCounts[] = starts.slice(0, MONTHS).map((start) => ({
    start,
    waiting: 0,
    accepted: 0,
    declined: 0,
    expired: 0,
    cancelled: 0,
  }));
  const yearAgo = now - 365 * DAY_MS;
  const days: number[] = [];
  for (const l of summaries) {
    const sentAt = l.sentAt;
    if (sentAt === undefined) continue;
    if (l.status === 'accepted' && sentAt >= yearAgo) {
      days.push(Math.max(0, Math.floor((l.changedAt - sentAt) / DAY_MS)));
    }
    const outcome = OUTCOME_OF[l.status];
    if (!outcome || sentAt < first || sentAt >= end) continue;
    let m = MONTHS - 1;
    while (sentAt < starts[m]!) m--;
    months[m]![outcome]++;
  }
  const medianDays = median(days);
  return {
    months,
    ...(medianDays === undefined ? {} : { medianDaysToAccept: medianDays }),
    acceptedSample: days.length,
  };
}
