/** Follow-up reminders: which invitations to chase, the badge, the daily notification. */
export { badgeText, showFollowUpBadge } from './badge';
export { computeReminders, NAMED_IN_NOTIFICATION, type Reminders } from './compute';
export * from './due';
export { FOLLOW_UP_HASH, followUpPageUrl, openFollowUpPage } from './follow-up-page';
export { localDay, NOTIFICATION_ID, notificationText, notifyOncePerDay } from './notify';
export { registerReminders } from './register';
export { ALARM_NAME, ensureDailyAlarm, runFollowUp } from './schedule';
