import { describe, expect, it } from 'vitest';
import { ageInWords, latestLine } from '../../../lib/form/age';
import type { LatestInvitation } from '../../../lib/schema';
import { labelsOf } from './locale';

const NOW = Date.UTC(2026, 2, 15, 12);
const DAY = 86_400_000;

const latest = (patch: Partial<LatestInvitation>): LatestInvitation => ({
  customerId: 'c1',
  invitationId: 'i1',
  status: 'sent',
  changedAt: NOW - 12 * DAY,
  createdAt: NOW - 12 * DAY,
  sentAt: NOW - 12 * DAY,
  adminPrivileges: true,
  cloud: 'public',
  purpose: 'new-relationship',
  language: 'en',
  count: 1,
  ...patch,
});

describe('ageInWords', () => {
  it.each([
    [20_000, 'now'],
    [2 * 60_000, '2 minutes ago'],
    [5 * 3_600_000, '5 hours ago'],
    [DAY, 'yesterday'],
    [12 * DAY, '12 days ago'],
    [90 * DAY, '3 months ago'],
    [800 * DAY, '2 years ago'],
    [-5000, 'now'],
  ])('%i ms ago is "%s"', (ago, words) => {
    expect(ageInWords(NOW - ago, NOW, 'en')).toBe(words);
  });

  it('speaks the UI language', () => {
    expect(ageInWords(NOW - 12 * DAY, NOW, 'nl')).toBe('12 dagen geleden');
  });
});

describe('latestLine', () => {
  it('says a sent invitation is waiting, and since when', () => {
    expect(latestLine(latest({}), NOW, 'en', labelsOf('en'))).toBe('Sent 12 days ago · waiting');
    expect(latestLine(latest({}), NOW, 'nl', labelsOf('nl'))).toBe(
      'Verstuurd 12 dagen geleden · wacht op antwoord',
    );
  });

  it('adds the last reminder', () => {
    const reminded = latest({ followUpCount: 1, lastFollowUpAt: NOW - 2 * DAY });
    expect(latestLine(reminded, NOW, 'en', labelsOf('en'))).toBe(
      'Sent 12 days ago · waiting · reminded 2 days ago',
    );
  });

  it('names every other status by the time it was set', () => {
    const en = labelsOf('en');
    const at = { changedAt: NOW - 3 * DAY };
    expect(latestLine(latest({ status: 'accepted', ...at }), NOW, 'en', en)).toBe(
      'Accepted 3 days ago',
    );
    expect(latestLine(latest({ status: 'draft', ...at }), NOW, 'en', en)).toBe(
      'Handed over 3 days ago, not sent',
    );
    for (const status of ['declined', 'expired', 'cancelled', 'removed'] as const) {
      expect(latestLine(latest({ status, ...at }), NOW, 'en', en)).toMatch(/3 days ago$/);
    }
  });
});
