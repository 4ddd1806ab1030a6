import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, isPlainNameOrder, parseViewHash, viewHash } from '../../../lib/list';

describe('the view in the URL fragment', () => {
  it('round-trips every field', () => {
    const view = {
      ...DEFAULT_VIEW,
      query: 'café zürich',
      status: 'sent' as const,
      cloud: 'germany' as const,
      waitingDays: 14,
      followUp: true,
      sort: 'sent' as const,
      direction: 'desc' as const,
      top: 120,
      customer: 'c-42',
    };
    expect(parseViewHash(viewHash(view))).toEqual(view);
  });

  it('leaves defaults out, so the plain list has no fragment', () => {
    expect(viewHash(DEFAULT_VIEW)).toBe('');
    expect(parseViewHash('')).toEqual(DEFAULT_VIEW);
  });

  it('the notification link opens the follow-up filter', () => {
    expect(parseViewHash('#followup=1')).toEqual({ ...DEFAULT_VIEW, followUp: true });
    expect(parseViewHash('#gdap=1')).toEqual({ ...DEFAULT_VIEW, gdap: true });
    expect(viewHash({ ...DEFAULT_VIEW, gdap: true })).toBe('#gdap=1');
    expect(parseViewHash('#sort=reminder').sort).toBe('reminder');
  });

  it.each([
    '#status=bogus',
    '#cloud=mars',
    '#sort=__proto__',
    '#dir=sideways',
    '#waiting=-3',
    '#waiting=1e9',
    '#top=abc',
  ])('falls back to the default for a wrong value: %s', (hash) => {
    expect(parseViewHash(hash)).toEqual(DEFAULT_VIEW);
  });

  it('knows when the first rows can come from the name index', () => {
    expect(isPlainNameOrder(DEFAULT_VIEW)).toBe(true);
    expect(isPlainNameOrder({ ...DEFAULT_VIEW, direction: 'desc' })).toBe(true);
    expect(isPlainNameOrder({ ...DEFAULT_VIEW, query: 'x' })).toBe(false);
    expect(isPlainNameOrder({ ...DEFAULT_VIEW, sort: 'sent' })).toBe(false);
  });
});
