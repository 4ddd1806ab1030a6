import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb, putAll } from '../../../lib/db';
import { ALARM_NAME, NOTIFICATION_ID, registerReminders } from '../../../lib/reminders';
import type { Customer, Invitation } from '../../../lib/schema';
import { saveSettings } from '../../../lib/storage';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date(2024, 4, 1, 9, 0).getTime();
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

function customer(id: string, name: string): Customer {
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    contactName: '',
    contactEmail: '',
    domain: '',
    cloud: 'public',
    notes: '',
    createdAt: T0,
    updatedAt: T0,
  };
}

function sent(id: string, customerId: string, at: number, gdapLink?: string): Invitation {
  return {
    id,
    customerId,
    relationshipType: 'direct',
    purpose: 'new-relationship',
    cloud: 'public',
    adminPrivileges: false,
    link: 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation',
    language: 'en',
    subject: 'Invitation',
    text: 'Please accept',
    status: 'sent',
    history: [{ status: 'sent', at }],
    createdAt: at,
    sentAt: at,
    ...(gdapLink ? { gdapLink } : {}),
  };
}

/** The alarm as Chrome fires it; the listener's work is awaited through the badge. */
async function fireAlarm() {
  await fakeBrowser.alarms.onAlarm.trigger({
    name: ALARM_NAME,
    scheduledTime: Date.now(),
    periodInMinutes: 1440,
    persistAcrossSessions: false,
  });
}

const badge = () => fakeBrowser.action.getBadgeText({});

beforeEach(() => {
  // Only Date is faked: fake-indexeddb schedules its work with real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | (string | number)[]) => [key, ...[subs ?? []].flat()].join('|'),
  );
});

afterEach(async () => {
  vi.useRealTimers();
  await closeDb();
});

describe('the daily follow-up', () => {
  it('registers a daily alarm, once', async () => {
    registerReminders();
    await vi.waitFor(async () => {
      expect(await fakeBrowser.alarms.get(ALARM_NAME)).toMatchObject({ periodInMinutes: 1440 });
    });
    const first = await fakeBrowser.alarms.get(ALARM_NAME);
    // Later: an alarm created again would be scheduled from this time, not the first.
    vi.setSystemTime(Date.now() + 5 * 60_000);
    registerReminders();
    await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.alarms.get(ALARM_NAME)).toEqual(first);
  });

  it('counts on the badge the invitations sent longer than the reminder delay, after the alarm fires', async () => {
    // Recorded once both were sent: a record from the future is refused (lib/schema/limits.ts).
    vi.setSystemTime(T0 + 3 * DAY);
    await putAll({
      customers: [customer('c1', 'Café Zürich'), customer('c2', 'Contoso')],
      invitations: [sent('i1', 'c1', T0), sent('i2', 'c2', T0 + 3 * DAY)],
    });
    registerReminders();

    await fireAlarm();
    await vi.waitFor(async () => expect(await badge()).toBe(''));

    vi.setSystemTime(T0 + 8 * DAY);
    await fireAlarm();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));

    vi.setSystemTime(T0 + 11 * DAY);
    await fireAlarm();
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
  });

  it('follows the reminder delay from the settings', async () => {
    await saveSettings({
      reminderDays: 30,
      preferredWebmail: 'gmail',
      linkTemplates: {},
      templates: {},
    });
    await putAll({ customers: [customer('c1', 'A')], invitations: [sent('i1', 'c1', T0)] });
    registerReminders();
    vi.setSystemTime(T0 + 20 * DAY);
    await fireAlarm();
    await new Promise((r) => setTimeout(r, 20));
    expect(await badge()).toBe('');
    vi.setSystemTime(T0 + 31 * DAY);
    await fireAlarm();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
  });

  it('flags a GDAP request nearing its 90 days even before the reminder delay', async () => {
    await saveSettings({
      reminderDays: 365,
      preferredWebmail: 'gmail',
      linkTemplates: {},
      templates: {},
    });
    await putAll({
      customers: [customer('c1', 'With GDAP'), customer('c2', 'Without')],
      invitations: [sent('i1', 'c1', T0, GDAP), sent('i2', 'c2', T0)],
    });
    registerReminders();
    vi.setSystemTime(T0 + 77 * DAY);
    await fireAlarm();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
  });

  it('raises one notification a day listing them, and its click opens the filtered list', async () => {
    await putAll({
      customers: [customer('c1', 'Café Zürich')],
      invitations: [sent('i1', 'c1', T0)],
    });
    registerReminders();
    vi.setSystemTime(T0 + 9 * DAY);
    await fireAlarm();
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NOTIFICATION_ID]),
    );
    const shown = fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID];
    expect(shown?.title).toBe('options_reminder_title|1');
    expect(shown?.message).toBe('options_reminder_line_waiting|Café Zürich|9');

    // The same day: the badge is recounted but no second notification.
    await fakeBrowser.notifications.clear(NOTIFICATION_ID);
    vi.setSystemTime(T0 + 9 * DAY + 60_000);
    await fireAlarm();
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    vi.setSystemTime(T0 + 10 * DAY);
    await fireAlarm();
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NOTIFICATION_ID]),
    );

    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain(
        `chrome-extension://${fakeBrowser.runtime.id}/options.html#followup=1`,
      );
    });
  });

  it('recounts when a page asks (refresh-reminders), from our own extension only', async () => {
    registerReminders();
    await putAll({ customers: [customer('c1', 'A')], invitations: [sent('i1', 'c1', T0)] });
    vi.setSystemTime(T0 + 9 * DAY);
    const [foreign] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'refresh-reminders' },
      { id: 'another-extension' },
      () => {},
    );
    expect(foreign).toBeUndefined();
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'refresh-reminders' },
      { id: fakeBrowser.runtime.id },
      () => {},
    );
    expect(await Promise.all(answers)).toContainEqual({ count: 1 });
    expect(await badge()).toBe('1');
  });
});
