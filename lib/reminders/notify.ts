/**
 * One notification a day listing the customers to chase. The day it was shown is
 * kept in `storage.local`, because the service worker that showed it is gone long
 * before the next alarm.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { NAMED_IN_NOTIFICATION, type Reminders } from './compute';

export const NOTIFICATION_ID = 'follow-up';
const NOTIFIED_KEY = 'remindersNotifiedOn';

/** The partner's calendar day, e.g. `2024-05-01`: "once a day" is their day, not UTC's. */
export function localDay(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

type Translate = (key: string, ...substitutions: string[]) => string;

/** Title and one line per customer named: "Contoso — waiting 12 days", "… GDAP request expires 3 May". */
export function notificationText(
  { due, customers }: Reminders,
  translate: Translate = t,
): { title: string; message: string } {
  const lines = due.slice(0, NAMED_IN_NOTIFICATION).map((d) => {
    const name = customers.get(d.customerId)?.name ?? d.customerId;
    const gdap = d.gdapExpiresAt !== undefined;
    return gdap
      ? translate(
          'options_reminder_line_gdap',
          name,
          new Date(d.gdapExpiresAt ?? 0).toLocaleDateString(),
        )
      : translate('options_reminder_line_waiting', name, String(d.daysWaiting));
  });
  const more = due.length - lines.length;
  if (more > 0) lines.push(translate('options_reminder_more', String(more)));
  return {
    title: translate('options_reminder_title', String(due.length)),
    message: lines.join('\n'),
  };
}

/** Shows the notification unless one was shown today already; true when shown. */
export async function notifyOncePerDay(reminders: Reminders, now: number): Promise<boolean> {
  if (reminders.due.length === 0) return false;
  const today = localDay(now);
  const { [NOTIFIED_KEY]: last } = await browser.storage.local.get(NOTIFIED_KEY);
  if (last === today) return false;
  const { title, message } = notificationText(reminders);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
  await browser.storage.local.set({ [NOTIFIED_KEY]: today });
  return true;
}
