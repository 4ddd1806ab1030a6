/**
 * When to try again after 429 or 503: the server's `Retry-After` (seconds or an
 * HTTP date) when it sends one, else 1 s, 2 s, 4 s…; never longer than the cap,
 * never more than the bound of attempts. Pure, so paging tests run without waiting.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first wait without Retry-After; doubled each time. */
  baseDelayMs: number;
  /** A wait longer than this is not waited for: the request gives up at once. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** Milliseconds a `Retry-After` value asks for, or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1), or undefined when
 * the request should give up: out of attempts, or asked to wait past the cap.
 */
export function nextDelay(
  attempt: number,
  retryAfter: number | undefined,
  policy: RetryPolicy = DEFAULT_RETRY,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = retryAfter ?? policy.baseDelayMs * 2 ** (attempt - 1);
  return delay > policy.maxDelayMs ? undefined : delay;
}
