/**
 * Which invitations need the partner's attention (pure: `now` is passed in).
 *
 * - waiting: `sent` longer than the reminder delay (Settings.reminderDays), counted
 *   from the last reminder when one went out since (reminded 2 days ago is not overdue);
 * - gdap-expiring: `sent` with a GDAP link whose 90 days (docs/DOMAIN.md: an unanswered
 *   GDAP request expires after 90 days) end within GDAP_WARNING_DAYS, or have ended.
 *
 * One entry per customer, from its latest invitation: an older request that a
 * newer one replaced is not chased on its own.
 */
import { gdapExpiresAt } from '../invitation/rules';
import type { LatestInvitation } from '../schema';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Partner Center itself warns 30, 7 and 1 days ahead; two weeks leaves time to chase. */
export const GDAP_WARNING_DAYS = 14;

export type FollowUpReason = 'waiting' | 'gdap-expiring';

export interface DueReminder {
  customerId: string;
  invitationId: string;
  reasons: FollowUpReason[];
  sentAt: number;
  /** Whole days since it was sent. */
  daysWaiting: number;
  /** When the GDAP request expires (or expired), for `gdap-expiring`. */
  gdapExpiresAt?: number;
}

type Summary = Pick<
  LatestInvitation,
  'customerId' | 'invitationId' | 'status' | 'sentAt' | 'createdAt' | 'gdapLink'
> &
  Partial<Pick<LatestInvitation, 'lastFollowUpAt'>>;

/** When the customer last heard from the partner: the invitation, or its last reminder. */
export function lastContactOf(latest: Summary): number | undefined {
  if (latest.sentAt === undefined) return undefined;
  return Math.max(latest.sentAt, latest.lastFollowUpAt ?? latest.sentAt);
}

/** The GDAP request's expiry, counted from when the invitation went out. */
export function gdapExpiryOf(latest: Summary): number | undefined {
  if (!latest.gdapLink) return undefined;
  return gdapExpiresAt(latest.sentAt ?? latest.createdAt);
}

export function followUpReasons(
  latest: Summary,
  now: number,
  reminderDays: number,
): FollowUpReason[] {
  const lastContact = lastContactOf(latest);
  if (latest.status !== 'sent' || lastContact === undefined) return [];
  const reasons: FollowUpReason[] = [];
  if (now - lastContact > reminderDays * DAY_MS) reasons.push('waiting');
  const expiry = gdapExpiryOf(latest);
  if (expiry !== undefined && now >= expiry - GDAP_WARNING_DAYS * DAY_MS) {
    reasons.push('gdap-expiring');
  }
  return reasons;
}

export function needsFollowUp(
  latest: Summary | undefined,
  now: number,
  reminderDays: number,
): boolean {
  return latest !== undefined && followUpReasons(latest, now, reminderDays).length > 0;
}

/** Every customer due a follow-up, longest waiting first. */
export function dueReminders(
  latest: readonly Summary[],
  now: number,
  reminderDays: number,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const l of latest) {
    const reasons = followUpReasons(l, now, reminderDays);
    if (reasons.length === 0 || l.sentAt === undefined) continue;
    const expiry = gdapExpiryOf(l);
    due.push({
      customerId: l.customerId,
      invitationId: l.invitationId,
      reasons,
      sentAt: l.sentAt,
      daysWaiting: Math.floor((now - l.sentAt) / DAY_MS),
      ...(reasons.includes('gdap-expiring') && expiry !== undefined
        ? { gdapExpiresAt: expiry }
        : {}),
    });
  }
  return due.sort((a, b) => a.sentAt - b.sentAt || (a.customerId < b.customerId ? -1 : 1));
}
