/**
 * What a followed GDAP request shows: its status in words and the countdown, an
 * unanswered request's 90 days (docs/DOMAIN.md: it expires after 90 days) or an
 * active relationship's end. Pure.
 */
import type { GdapRecord } from '../schema/microsoft';

const DAY = 24 * 60 * 60 * 1000;
export const GDAP_REQUEST_DAYS = 90;

/** Statuses still waiting for the customer. */
const WAITING = new Set(['created', 'approvalPending']);
/** Statuses that will not change by themselves: the daily sync stops reading them. */
export const FINAL_GDAP_STATUSES: ReadonlySet<string> = new Set(['expired', 'terminated']);

export type GdapCountdown =
  | { kind: 'approval'; daysLeft: number }
  | { kind: 'ends'; daysLeft: number }
  | undefined;

export function gdapCountdown(record: GdapRecord, now = Date.now()): GdapCountdown {
  if (WAITING.has(record.status)) {
    const left = Math.ceil((record.createdAt + GDAP_REQUEST_DAYS * DAY - now) / DAY);
    return { kind: 'approval', daysLeft: Math.max(0, left) };
  }
  if (record.endsAt !== undefined && !FINAL_GDAP_STATUSES.has(record.status)) {
    return { kind: 'ends', daysLeft: Math.max(0, Math.ceil((record.endsAt - now) / DAY)) };
  }
  return undefined;
}

/** The relationship id a GDAP approval link ends with (see lib/invitation/parse-gdap). */
export function relationshipIdOf(link: string): string | undefined {
  const m = /granularadminrelationships\/([0-9a-f-]+)\/?$/i.exec(link);
  return m?.[1];
}
