import { describe, expect, it } from 'vitest';
import { type SortKey, sortRows } from '../../../lib/list';
import { DAY, NOW, row } from './rows';

const rows = [
  row(
    'b',
    { name: 'Bravo', contactName: 'Zoë', domain: 'bravo.com', cloud: 'public' },
    {
      status: 'accepted',
      sentAt: NOW - 3 * DAY,
      adminPrivileges: true,
    },
  ),
  row(
    'a',
    { name: 'Älpha', contactName: 'anna', cloud: 'germany' },
    {
      status: 'sent',
      sentAt: NOW - 9 * DAY,
    },
  ),
  row('c', { name: 'Charlie', domain: 'charlie.org', cloud: 'china' }),
  row(
    'd',
    { name: 'Delta', contactEmail: 'bob@delta.io', domain: 'delta.io' },
    {
      status: 'sent',
      sentAt: NOW - 1 * DAY,
    },
  ),
];
const order = (key: SortKey, dir: 'asc' | 'desc' = 'asc') =>
  sortRows(rows, key, dir).map((r) => r.id);

describe('sortRows', () => {
  it.each<[SortKey, string[]]>([
    ['name', ['a', 'b', 'c', 'd']],
    ['contact', ['a', 'd', 'b', 'c']],
    ['domain', ['b', 'c', 'd', 'a']],
    ['cloud', ['c', 'a', 'b', 'd']],
    ['admin', ['a', 'd', 'b', 'c']],
    ['status', ['a', 'd', 'b', 'c']],
    ['sent', ['a', 'b', 'd', 'c']],
    ['waiting', ['d', 'a', 'b', 'c']],
  ])('by %s ascending, empty values last', (key, expected) => {
    expect(order(key)).toEqual(expected);
  });

  it('descending reverses the values but keeps empty ones last', () => {
    expect(order('name', 'desc')).toEqual(['d', 'c', 'b', 'a']);
    expect(order('sent', 'desc')).toEqual(['d', 'b', 'a', 'c']);
    expect(order('domain', 'desc')).toEqual(['d', 'c', 'b', 'a']);
    expect(order('waiting', 'desc')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('ties keep the name order A→Z in both directions', () => {
    expect(order('status', 'desc')).toEqual(['b', 'a', 'd', 'c']);
  });

  it('does not change the array it was given', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, 'domain', 'desc');
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
