/**
 * The background's follow-up wiring. Called synchronously at the top of the
 * service worker's `main`: listeners registered later (after an await) miss the
 * event that woke the worker.
 */
import { browser } from 'wxt/browser';
import { listenForBackgroundRequests } from '../messaging/send';
import { openFollowUpPage } from './follow-up-page';
import { NOTIFICATION_ID } from './notify';
import { ALARM_NAME, ensureDailyAlarm, runFollowUp } from './schedule';

function report(error: unknown): void {
  console.error('Follow-up reminders failed:', error);
}

export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) runFollowUp({ notify: true }).catch(report);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    browser.notifications.clear(id).catch(report);
    openFollowUpPage().catch(report);
  });
  browser.runtime.onInstalled.addListener(() => {
    ensureDailyAlarm().catch(report);
    runFollowUp().catch(report);
  });
  browser.runtime.onStartup.addListener(() => {
    // The badge is not kept across browser restarts.
    runFollowUp().catch(report);
  });
  listenForBackgroundRequests((request) => {
    if (request.type !== 'refresh-reminders') return undefined;
    return runFollowUp().then((count) => ({ count }));
  });
  // An alarm can be lost (cleared with the browser's data): make sure it exists.
  ensureDailyAlarm().catch(report);
}
