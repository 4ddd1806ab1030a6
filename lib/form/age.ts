/**
 * How long ago, in words of the UI's language ("12 days ago", "2 minutes ago",
 * "vandaag"), and the one-line state of a customer's latest invitation that the
 * popup's suggestions show ("Sent 12 days ago · waiting").
 */
import type { LatestInvitation } from '../schema';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `then` relative to `now`, in `lang` (a BCP 47 tag); future times read as now. */
export function ageInWords(then: number, now: number, lang: string): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const ago = Math.max(0, now - then);
  if (ago < MINUTE) return format.format(0, 'second');
  if (ago < HOUR) return format.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return format.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 60 * DAY) return format.format(-Math.floor(ago / DAY), 'day');
  if (ago < 730 * DAY) return format.format(-Math.floor(ago / (30 * DAY)), 'month');
  return format.format(-Math.floor(ago / (365 * DAY)), 'year');
}

/** "Sent 12 days ago · waiting", "Accepted 3 days ago", "Reminded 2 days ago" added when there was one. */
export function latestLine(
  latest: LatestInvitation,
  now: number,
  lang: string,
  label: (key: string, ...substitutions: string[]) => string,
): string {
  const when = latest.status === 'sent' ? (latest.sentAt ?? latest.changedAt) : latest.changedAt;
  const line = label(`popup_latest_${latest.status}`, ageInWords(when, now, lang));
  if (latest.status !== 'sent' || latest.lastFollowUpAt === undefined) return line;
  return `${line} · ${label('popup_latest_reminded', ageInWords(latest.lastFollowUpAt, now, lang))}`;
}
