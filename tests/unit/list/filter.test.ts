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
];
const ctx = { now: NOW, reminderDays: 7 };
const ids = (filter: Partial<ListFilter>) =>
  filterRows(rows, { ...NO_FILTER, ...filter }, ctx).map((r) => r.id);

describe('filterRows', () => {
  it('without a filter keeps every row in its order', () => {
    expect(ids({})).toEqual(['cafe', 'contoso', 'fresh', 'gdap', 'none']);
  });

  it('by the latest status, or customers without an invitation', () => {
    expect(ids({ status: 'sent' })).toEqual(['cafe', 'fresh', 'gdap']);
    expect(ids({ status: 'accepted' })).toEqual(['contoso']);
    expect(ids({ status: 'none' })).toEqual(['none']);
  });

  it('by cloud', () => {
    expect(ids({ cloud: 'germany' })).toEqual(['contoso']);
  });

  it('waiting longer than N days counts only invitations still sent', () => {
    expect(ids({ waitingDays: 7 })).toEqual(['cafe', 'gdap']);
    expect(ids({ waitingDays: 1 })).toEqual(['cafe', 'fresh', 'gdap']);
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

  it('combines search with the other filters', () => {
    expect(ids({ query: 'zurich', status: 'sent' })).toEqual(['cafe']);
    expect(ids({ query: 'zurich', status: 'accepted' })).toEqual([]);
  });
});
