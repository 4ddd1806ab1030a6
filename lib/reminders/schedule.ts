/**
 * The daily follow-up: an alarm (a service worker cannot keep a timer), and what
 * runs when it fires or when a page asks for a recount.
 */
import { browser } from 'wxt/browser';
import { showFollowUpBadge } from './badge';
import { computeReminders } from './compute';
import { notifyOncePerDay } from './notify';

export const ALARM_NAME = 'follow-up-daily';
const DAY_MINUTES = 24 * 60;

/** Creates the alarm unless it exists: re-creating it on every start would push it back for ever. */
export async function ensureDailyAlarm(): Promise<void> {
  const existing = await browser.alarms.get(ALARM_NAME);
  if (existing) return;
  await browser.alarms.create(ALARM_NAME, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
}

/** Recounts the badge; on the daily run also raises the day's notification. */
export async function runFollowUp({
  now = Date.now(),
  notify = false,
}: {
  now?: number;
  notify?: boolean;
} = {}): Promise<number> {
  const reminders = await computeReminders(now);
  await showFollowUpBadge(reminders.due.length);
  if (notify) await notifyOncePerDay(reminders, now);
  return reminders.due.length;
}
