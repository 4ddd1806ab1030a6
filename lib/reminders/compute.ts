/**
 * The reminders from the database: the latest invitations still `sent` (from
 * lib/db's `latest` store, indexed by status) against the partner's reminder delay.
 */
import { getCustomers, listLatestByStatus } from '../db';
import type { Customer } from '../schema';
import { loadSettings } from '../storage';
import { type DueReminder, dueReminders } from './due';

export interface Reminders {
  due: DueReminder[];
  /** The customers of the first due reminders, by id, for the notification's text. */
  customers: Map<string, Customer>;
}

/** How many customers a notification names before "and N more". */
export const NAMED_IN_NOTIFICATION = 5;

export async function computeReminders(now = Date.now()): Promise<Reminders> {
  const [settings, sent] = await Promise.all([loadSettings(), listLatestByStatus('sent')]);
  if (!sent.ok) throw new Error(sent.error.message);
  const due = dueReminders(sent.value, now, settings.reminderDays);
  const named = await getCustomers(due.slice(0, NAMED_IN_NOTIFICATION).map((d) => d.customerId));
  const customers = new Map((named.ok ? named.value : []).map((c) => [c.id, c]));
  return { due, customers };
}
