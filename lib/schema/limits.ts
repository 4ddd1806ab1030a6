/**
 * What a stored record may hold, whichever way it came in (the popup, an edit,
 * a backup, a CSV file): the lengths the UI's own fields allow, and times in a
 * window a real record can have. A backup or a CSV row is not trusted more than
 * a form: a 1 MB contact name or a `sentAt` past JavaScript's date range
 * (which makes every date formatter throw) is refused with the field named.
 */
import { z } from 'zod/mini';

/** Lengths in UTF-16 units, as `maxLength` on the UI's inputs counts them. */
export const RECORD_LIMITS = {
  /** Ours are UUIDs (36); backups of other builds used short ids such as `c-1`. */
  id: 128,
  /** The popup's customer-name and contact-name fields. */
  name: 300,
  contactName: 300,
  /** RFC 5321's longest forward path, and the longest DNS name. */
  email: 254,
  domain: 253,
  /** The options page's Notes text box. */
  notes: 20_000,
  /** A subject template (300) with a customer name (300) and a partner name (200) filled in. */
  subject: 1_000,
  /** A body template (20,000) with names, links and a signature (2,000) filled in, twice over. */
  text: 40_000,
  /** Longer links get cut by mail apps (lib/invitation/mailto.ts). */
  link: 2_048,
  historyEntries: 1_000,
  historyNote: 300,
} as const;

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

/** Epoch milliseconds between 1 January 2015 and a day from now. */
export const TimestampSchema = z.number().check(
  z.refine(isRecordTime, {
    error: 'is not a time between 1 January 2015 and one day from now',
  }),
);

/**
 * Characters that make a one-line name read differently than it is written:
 * C0 and C1 controls (line breaks, NUL, …) and the Unicode bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069). "Contoso ‮gnp.exe‬ BV"
 * shows as "Contoso exe.png BV". Right-to-left names need none of these.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The first unsafe character as "U+202E", or undefined. */
export function unsafeNameCharacter(text: string): string | undefined {
  const found = UNSAFE_IN_NAME.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A one-line name: at most `max` characters, none of them invisible controls. */
export function nameText(max: number, { required }: { required: boolean }) {
  return z.string().check(
    z.maxLength(max),
    z.superRefine((value, ctx) => {
      if (required && value.trim() === '') {
        ctx.issues.push({ code: 'custom', input: value, message: 'is empty' });
      }
      const bad = unsafeNameCharacter(value);
      if (bad) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `contains an invisible control or text-direction character (${bad}), which can make it read differently than written`,
        });
      }
    }),
  );
}

/** An id: 1 to 128 characters, no controls. */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(RECORD_LIMITS.id),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  z.regex(/^[^\u0000-\u001f\u007f]+$/),
);
