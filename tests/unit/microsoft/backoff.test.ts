import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, nextDelay, retryAfterMs } from '../../../lib/microsoft/backoff';

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('7')).toBe(7000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 01 Jan 2025 00:00:30 GMT', now)).toBe(0);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('back-off', () => {
  it('doubles from the base without Retry-After, and gives up after the bound', () => {
    expect([1, 2, 3].map((a) => nextDelay(a, undefined))).toEqual([1000, 2000, 4000]);
    expect(nextDelay(DEFAULT_RETRY.maxAttempts, undefined)).toBeUndefined();
  });

  it('honours Retry-After, but not past the cap', () => {
    expect(nextDelay(1, 5000)).toBe(5000);
    expect(nextDelay(1, DEFAULT_RETRY.maxDelayMs + 1)).toBeUndefined();
  });
});
