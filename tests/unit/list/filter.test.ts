import { describe, expect, it } from 'vitest';
import { filterRows, type ListFilter, NO_FILTER } from '../../../lib/list';
import { DAY, NOW, row } from './rows';

const rows = [
  row('cafe', { name: 'Café Zürich', cloud: 'public' }, { status: 'sent', sentAt: NOW - 10 * DAY }),
  row(
    'contoso',
    { name: 'Contoso', cloud: 'germany' },
    { status: 'accepted', sentAt: NOW - 40 * DAY },
  ),
  row('fresh', { name: 'Fresh Ltd' }, { status: 'sent', sentAt: NOW - 2 * DAY }),
  row(
    'gdap',
    { name: 'Gdap Co' },
    {
      status: 'sent',
      sentAt: NOW - 80 * DAY,
      gdapLink:
        'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/x',
    },
  ),
  row('none', { name: 'Nobody invited', cloud: 'china' }),
  row(
    'reminded',
    { name: 'Reminded BV' },
    { status: 'sent', sentAt: NOW - 30 * DAY, followUpCount: 1, lastFollowUpAt: NOW - 2 * DAY },
  ),
];
const ctx = { now: NOW, reminderDays: 7 };
const ids = (filter: Partial<ListFilter>) =>
  filterRows(rows, { ...NO_FILTER, ...filter }, ctx).map((r) => r.id);

describe('filterRows', () => {
  it('without a filter keeps every row in its order', () => {
    expect(ids({})).toEqual(['cafe', 'contoso', 'fresh', 'gdap', 'none', 'reminded']);
  });

  it('by the latest status, or customers without an invitation', () => {
    expect(ids({ status: 'sent' })).toEqual(['cafe', 'fresh', 'gdap', 'reminded']);
    expect(ids({ status: 'accepted' })).toEqual(['contoso']);
    expect(ids({ status: 'none' })).toEqual(['none']);
  });

  it('by cloud', () => {
    expect(ids({ cloud: 'germany' })).toEqual(['contoso']);
  });

  it('waiting longer than N days counts only invitations still sent', () => {
    // Counted from when it was sent: a reminder does not change how long it waits.
    expect(ids({ waitingDays: 7 })).toEqual(['cafe', 'gdap', 'reminded']);
    expect(ids({ waitingDays: 1 })).toEqual(['cafe', 'fresh', 'gdap', 'reminded']);
    expect(ids({ waitingDays: 100 })).toEqual([]);
  });

  it('follow-up: waiting past the reminder delay or a GDAP request near its 90 days', () => {
    expect(ids({ followUp: true })).toEqual(['cafe', 'gdap']);
    expect(
      filterRows(rows, { ...NO_FILTER, followUp: true }, { now: NOW, reminderDays: 30 }).map(
        (r) => r.id,
      ),
    ).toEqual(['gdap']);
  });

  it('follow-up respects reminders: reminded 2 days ago is not overdue, 8 days ago is', () => {
    expect(ids({ followUp: true })).not.toContain('reminded');
    const later = { now: NOW + 6 * DAY, reminderDays: 7 };
    expect(filterRows(rows, { ...NO_FILTER, followUp: true }, later).map((r) => r.id)).toContain(
      'reminded',
    );
  });

  it('GDAP request expiring: only those near or past their 90 days', () => {
    expect(ids({ gdap: true })).toEqual(['gdap']);
    expect(ids({ gdap: true, query: 'cafe' })).toEqual([]);
  });

  it('combines search with the other filters', () => {
    expect(ids({ query: 'zurich', status: 'sent' })).toEqual(['cafe']);
    expect(ids({ query: 'zurich', status: 'accepted' })).toEqual([]);
  });
});
