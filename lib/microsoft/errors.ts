/**
 * Failures of the Microsoft connection as values: a stable code and a sentence
 * the page shows as it is (docs/MICROSOFT.md, "Failures"). Nothing here throws.
 */
import type { AppError, Result } from '../schema';

export type MicrosoftErrorCode =
  /** No client ID in Settings: the partner has not set up the connection. */
  | 'not-configured'
  /** No account in the token cache, or it can no longer be refreshed silently. */
  | 'sign-in-needed'
  | 'sign-in-cancelled'
  | 'sign-in-failed'
  /** The partner refused the optional host permissions. */
  | 'permission-refused'
  /** 401 twice: after one silent refresh the token was still refused. */
  | 'sign-in-expired'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'unavailable'
  | 'server-error'
  | 'rejected'
  | 'timeout'
  | 'network'
  | 'malformed'
  | 'incomplete';

export type MicrosoftError = AppError<MicrosoftErrorCode>;
export type MicrosoftResult<T> = Result<T, MicrosoftErrorCode>;

export function ok<T>(value: T): MicrosoftResult<T> {
  return { ok: true, value };
}

export function fail(
  code: MicrosoftErrorCode,
  message: string,
): { ok: false; error: MicrosoftError } {
  return { ok: false, error: { code, message } };
}

/** Appended where a failure stopped a change: the partner must know nothing half-happened. */
export const NOTHING_CHANGED = 'Nothing was changed.';
