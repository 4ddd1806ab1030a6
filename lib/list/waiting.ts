/** How long an invitation has been waiting for an answer. */
import { DAY_MS } from '../reminders/due';
import type { LatestInvitation } from '../schema';

/** Whole days since it was sent, for an invitation still `sent`; undefined otherwise. */
export function daysWaiting(
  latest: Pick<LatestInvitation, 'status' | 'sentAt'> | undefined,
  now: number,
): number | undefined {
  if (latest?.status !== 'sent' || latest.sentAt === undefined) return undefined;
  return Math.max(0, Math.floor((now - latest.sentAt) / DAY_MS));
}

/** Waiting strictly longer than `days` days (the "waiting longer than N days" filter). */
export function waitingLongerThan(
  latest: Pick<LatestInvitation, 'status' | 'sentAt'> | undefined,
  days: number,
  now: number,
): boolean {
  if (latest?.status !== 'sent' || latest.sentAt === undefined) return false;
  return now - latest.sentAt > days * DAY_MS;
}
