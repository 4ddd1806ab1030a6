// The field-by-field merge an import's Apply makes with what is stored now.
import { describe, expect, it } from 'vitest';
import { mergeRecord, sameValue } from '../../../lib/db/merge';

describe('mergeRecord', () => {
  const base = { a: 1, b: 'x', list: [1, 2] };
  it.each([
    [
      'keeps what the plan leaves alone',
      { ...base, b: 'y' },
      { ...base, a: 2 },
      { ok: true, value: { a: 2, b: 'y', list: [1, 2] }, changed: true },
    ],
    [
      'is a no-op when already as planned',
      { ...base, a: 2 },
      { ...base, a: 2 },
      { ok: true, value: { ...base, a: 2 }, changed: false },
    ],
    [
      'refuses when the planned field changed otherwise',
      { ...base, a: 3 },
      { ...base, a: 2 },
      { ok: false, field: 'a', now: 3, planned: 2 },
    ],
    [
      'compares arrays by value',
      { ...base, list: [1, 2, 3] },
      { ...base, list: [1, 2, 4] },
      { ok: false, field: 'list', now: [1, 2, 3], planned: [1, 2, 4] },
    ],
  ])('%s', (_what, current, after, expected) => {
    expect(mergeRecord(base, after, current)).toEqual(expected);
  });
});

describe('sameValue', () => {
  it('treats an absent field and an undefined one alike, as IndexedDB does', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [{ x: 1 }] }, { a: [{ x: 2 }] })).toBe(false);
  });
});
