/**
 * Labels and dates in the UI's language.
 *
 * The formatters and labels are cached here, at module level, on purpose: they are
 * not the page's state but answers that cannot change while the page is open
 * (the browser picks the UI language and its messages for the extension once;
 * another language means another browser start). Nothing writes them but the
 * lookup, nothing can observe them apart from speed, and every app state would
 * want the same answers; the cache only saves calls into the browser.
 */
import { t, uiLanguage } from '../../lib/i18n';
import type { Channel, Cloud, InvitationStatus, Purpose, RelationshipType } from '../../lib/schema';

let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;
let percentFormat: Intl.NumberFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;

/** "27 Nov": a date in this year, short enough for a list cell (older ones get their year). */
export function formatShortDate(ms: number, now = Date.now()): string {
  if (new Date(ms).getFullYear() !== new Date(now).getFullYear()) return formatDate(ms);
  dayFormat ??= new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short' });
  return dayFormat.format(ms);
}

/** "62 %" in the UI's language. */
export function formatPercent(share: number): string {
  percentFormat ??= new Intl.NumberFormat(uiLanguage(), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return percentFormat.format(share);
}

/** JavaScript's date range: Intl throws "Invalid time value" past it. Records are checked; this is the last guard. */
const inDateRange = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;

export function formatDate(ms: number | undefined): string {
  if (ms === undefined || !inDateRange(ms)) return '';
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  return dateFormat.format(ms);
}

export function formatDateTime(ms: number): string {
  if (!inDateRange(ms)) return '';
  dateTimeFormat ??= new Intl.DateTimeFormat(uiLanguage(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return dateTimeFormat.format(ms);
}

const labels = new Map<string, string>();

/**
 * A message without substitutions, looked up once: every visible row asks for a
 * dozen labels on each keystroke in search, and each `i18n.getMessage` is a call
 * into the browser.
 */
export function label(key: string): string {
  let text = labels.get(key);
  if (text === undefined) {
    text = t(key);
    labels.set(key, text);
  }
  return text;
}

export const statusLabel = (status: InvitationStatus) => label(`options_status_${status}`);
export const cloudLabel = (cloud: Cloud) => label(`common_cloud_${cloud.replace('-', '_')}`);
export const shortCloudLabel = (cloud: Cloud) =>
  label(`options_cloudShort_${cloud.replace('-', '_')}`);
export const purposeLabel = (purpose: Purpose) =>
  label(`options_purpose_${purpose.replace(/-/g, '_')}`);
export const relationshipLabel = (type: RelationshipType) => label(`options_relationship_${type}`);
export const channelLabel = (channel: Channel) =>
  label(`options_channel_${channel.replace('-', '_')}`);
export const yesNo = (value: boolean) => label(value ? 'options_yes' : 'options_no');
