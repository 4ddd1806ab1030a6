/**
 * The times a stored record may hold, whichever way it came in (the popup, an
 * edit, a backup, a CSV file): a `sentAt` past JavaScript's date range makes
 * every date formatter throw, so it is refused with the field named. The lengths
 * are in records.ts (RECORD_LIMITS).
 */
import { z } from 'zod/mini';

/** Before the CSP program's reseller invitations existed; no record of ours is older. */
export const EARLIEST_RECORD_TIME = Date.UTC(2015, 0, 1);
/** A clock a little ahead on another computer is not an error; a year ahead is. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

let clock: () => number = () => Date.now();

/**
 * The "now" the window ends a day after. Tests set it (and reset it with no
 * argument); the extension never does.
 */
export function setRecordClock(now?: () => number): void {
  clock = now ?? (() => Date.now());
}

export function latestRecordTime(): number {
  return clock() + FUTURE_SLACK_MS;
}

export function isRecordTime(ms: number): boolean {
  return Number.isInteger(ms) && ms >= EARLIEST_RECORD_TIME && ms <= latestRecordTime();
}

/**
 * A custom check with its own sentence ("is empty"), built on `z.check`: the
 * smallest custom check zod/mini has. zod's code for refine and superRefine would
 * sit in the popup's start-up bundle (30 KB gzip) even though only imports and
 * records use them.
 */
export function rule<T>(reasonFor: (value: T) => string | undefined): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    const message = reasonFor(payload.value);
    if (message !== undefined)
      payload.issues.push({ code: 'custom', input: payload.value, message });
  });
}

/** Epoch milliseconds between 1 January 2015 and a day from now. */
export const TimestampSchema = z
  .number()
  .check(
    rule((ms) =>
      isRecordTime(ms) ? undefined : 'is not a time between 1 January 2015 and one day from now',
    ),
  );
