import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dueReminders,
  followUpReasons,
  GDAP_WARNING_DAYS,
} from '../../../lib/reminders/due';
import type { LatestInvitation } from '../../../lib/schema';

const NOW = Date.UTC(2024, 4, 31, 9);
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/a-b';

function latest(overrides: Partial<LatestInvitation>): LatestInvitation {
  return {
    customerId: 'c',
    invitationId: 'i',
    status: 'sent',
    changedAt: 0,
    createdAt: 0,
    adminPrivileges: false,
    cloud: 'public',
    purpose: 'new-relationship',
    language: 'en',
    count: 1,
    ...overrides,
  };
}
const sentDaysAgo = (days: number, more: Partial<LatestInvitation> = {}) =>
  latest({ sentAt: NOW - days * DAY_MS, ...more });

describe('followUpReasons', () => {
  it.each([
    [6, []],
    [7, []],
    [7.01, ['waiting']],
    [30, ['waiting']],
  ])('sent %s days ago with a 7-day delay: %j', (days, reasons) => {
    expect(followUpReasons(sentDaysAgo(days), NOW, 7)).toEqual(reasons);
  });

  it('only invitations still sent are chased', () => {
    for (const status of [
      'draft',
      'accepted',
      'declined',
      'expired',
      'cancelled',
      'removed',
    ] as const) {
      expect(followUpReasons(sentDaysAgo(30, { status }), NOW, 7)).toEqual([]);
    }
  });

  it(`a GDAP request is flagged ${GDAP_WARNING_DAYS} days before its 90 days end`, () => {
    const days = 90 - GDAP_WARNING_DAYS;
    expect(followUpReasons(sentDaysAgo(days - 0.1, { gdapLink: GDAP }), NOW, 365)).toEqual([]);
    expect(followUpReasons(sentDaysAgo(days, { gdapLink: GDAP }), NOW, 365)).toEqual([
      'gdap-expiring',
    ]);
    expect(followUpReasons(sentDaysAgo(95, { gdapLink: GDAP }), NOW, 7)).toEqual([
      'waiting',
      'gdap-expiring',
    ]);
  });
});

describe('dueReminders', () => {
  it('lists the due customers longest waiting first, with the GDAP expiry', () => {
    const due = dueReminders(
      [
        sentDaysAgo(10, { customerId: 'ten' }),
        sentDaysAgo(2, { customerId: 'two' }),
        sentDaysAgo(80, { customerId: 'gdap', gdapLink: GDAP }),
        sentDaysAgo(20, { customerId: 'done', status: 'accepted' }),
      ],
      NOW,
      7,
    );
    expect(due.map((d) => [d.customerId, d.daysWaiting, d.reasons])).toEqual([
      ['gdap', 80, ['waiting', 'gdap-expiring']],
      ['ten', 10, ['waiting']],
    ]);
    expect(due[0]?.gdapExpiresAt).toBe(NOW + 10 * DAY_MS);
  });
});

describe('reminders count as contact', () => {
  it('an invitation reminded 2 days ago is not overdue, though sent 40 days ago', () => {
    const reminded = sentDaysAgo(40, { lastFollowUpAt: NOW - 2 * DAY_MS });
    expect(followUpReasons(reminded, NOW, 7)).toEqual([]);
  });

  it('is overdue again once the last reminder is older than the delay', () => {
    const reminded = sentDaysAgo(40, { lastFollowUpAt: NOW - 8 * DAY_MS });
    expect(followUpReasons(reminded, NOW, 7)).toEqual(['waiting']);
  });
});
