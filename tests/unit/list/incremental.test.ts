import { describe, expect, it } from 'vitest';
import { createIncrementalFilter, filterRows, type ListFilter, NO_FILTER } from '../../../lib/list';
import { DAY, NOW, row } from './rows';

const rows = [
  'Café Zürich',
  'Zürich Versicherung',
  'Zuid Bouw',
  'Contoso',
  'Fabrikam Zurich',
  'Müller Zuidas',
].map((name, i) =>
  row(
    `c${i}`,
    { name, contactEmail: `info@${i}.example` },
    { status: i % 2 ? 'sent' : 'accepted', sentAt: NOW - i * DAY },
  ),
);
const ctx = { now: NOW, reminderDays: 7 };

describe('createIncrementalFilter', () => {
  it('gives what filterRows gives, keystroke by keystroke, backspaces and new words included', () => {
    const search = createIncrementalFilter();
    const typed = [
      'z',
      'zu',
      'zur',
      'zuri',
      'zur',
      'zu',
      'zui',
      'zuid',
      'zuid b',
      'zuid',
      '',
      'cafe z',
      'cafe',
      'x',
      '',
    ];
    for (const status of ['all', 'sent'] as const) {
      for (const query of typed) {
        const filter: ListFilter = { ...NO_FILTER, status, query };
        expect(
          search(rows, filter, ctx, 0).map((r) => r.id),
          `${status} ${query}`,
        ).toEqual(filterRows(rows, filter, ctx).map((r) => r.id));
      }
    }
  });

  it('a row changed in place (a new revision) is filtered again, not taken from before', () => {
    const search = createIncrementalFilter();
    const filter = { ...NO_FILTER, query: 'zur' };
    expect(search(rows, filter, ctx, 0).map((r) => r.id)).toEqual(['c0', 'c1', 'c4']);
    const renamed = rows[3]!;
    renamed.searchText = 'zurich renamed';
    expect(search(rows, filter, ctx, 0).map((r) => r.id)).toEqual(['c0', 'c1', 'c4']);
    expect(search(rows, filter, ctx, 1).map((r) => r.id)).toEqual(['c0', 'c1', 'c3', 'c4']);
  });

  it('narrows from the earlier result: the second keystroke does not look at every row', () => {
    const search = createIncrementalFilter();
    const many = Array.from({ length: 1000 }, (_, i) =>
      row(`r${i}`, { name: i < 3 ? `Zurich ${i}` : `Other ${i}` }),
    );
    search(many, { ...NO_FILTER, query: 'zu' }, ctx, 0);
    let looked = 0;
    for (const r of many) {
      const text = r.searchText;
      Object.defineProperty(r, 'searchText', {
        get: () => {
          looked++;
          return text;
        },
      });
    }
    expect(search(many, { ...NO_FILTER, query: 'zur' }, ctx, 0)).toHaveLength(3);
    expect(looked).toBe(3);
  });
});
