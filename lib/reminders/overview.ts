/**
 * Where things stand, for the options page's overview: customers per status of
 * their latest invitation, how many wait too long or need a follow-up (by exactly
 * the rules of due.ts that the list's filters and the badge use), the GDAP
 * requests about to expire, the acceptance rate, the median days to accept, and
 * the latest invitations per month by outcome. Counted by lib/db from the
 * `latest` store's indexes (docs/ARCHITECTURE.md, "Data"), not from loading every
 * record: `overviewFrom` turns those counts into the figures, purely.
 */
import { type OverviewCounts, type OverviewQuery, readOverviewCounts } from '../db';
import { GDAP_REQUEST_EXPIRY_DAYS } from '../invitation/rules';
import type { InvitationStatus } from '../schema';
import { DAY_MS, followUpReasons, GDAP_WARNING_DAYS } from './due';

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
  /** Median whole days from sending to accepting, over acceptances of the last 12 months. */
  medianDaysToAccept?: number;
  acceptedSample: number;
  /** The last 12 months, oldest first. */
  months: MonthCounts[];
}

const MONTHS = 12;

/** The starts of the last `MONTHS` calendar months and of the next one, in local time. */
export function monthStarts(now: number): number[] {
  const today = new Date(now);
  return Array.from({ length: MONTHS + 1 }, (_, i) =>
    new Date(today.getFullYear(), today.getMonth() - MONTHS + 1 + i, 1).getTime(),
  );
}

/** The counts lib/db is asked for, at `now` with the partner's reminder delay. */
export function overviewQuery(now: number, reminderDays: number): OverviewQuery {
  const starts = monthStarts(now);
  const contactCutoff = now - reminderDays * DAY_MS;
  return {
    sentBefore: [contactCutoff],
    remindedSince: contactCutoff,
    // due.ts flags a GDAP request from 14 days before its 90 are over.
    readSentUpTo: now - (GDAP_REQUEST_EXPIRY_DAYS - GDAP_WARNING_DAYS) * DAY_MS,
    readAcceptedSince: now - 365 * DAY_MS,
    ranges: starts.slice(0, -1).map((start, i) => [start, starts[i + 1]!] as const),
  };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
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
  const days = counts.accepted.flatMap((l) =>
    l.sentAt === undefined ? [] : [Math.max(0, Math.floor((l.changedAt - l.sentAt) / DAY_MS))],
  );
  const medianDays = median(days);
  return {
    customers: counts.customers,
    none: Math.max(0, counts.customers - withInvitation),
    byStatus: s,
    waitingLonger: sentBeforeCutoff,
    followUp: waiting + gdapOnly,
    gdapExpiring,
    answered,
    ...(answered > 0 ? { acceptanceRate: accepted / answered } : {}),
    ...(medianDays === undefined ? {} : { medianDaysToAccept: medianDays }),
    acceptedSample: days.length,
    months: counts.ranges.map((r, i) => ({
      start: query.ranges[i]![0],
      waiting: r.sent,
      accepted: r.accepted + r.removed,
      declined: r.declined,
      expired: r.expired,
      cancelled: r.cancelled,
    })),
  };
}

/** The overview as the database holds it now. */
export async function readOverview(now: number, reminderDays: number): Promise<Overview> {
  const query = overviewQuery(now, reminderDays);
  const counts = await readOverviewCounts(query);
  if (!counts.ok) throw new Error(counts.error.message);
  return overviewFrom(counts.value, query, now, reminderDays);
}
