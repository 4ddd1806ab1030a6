/**
 * The database's errors as values: a code the caller can branch on and a sentence
 * the UI can show. Every exported db function resolves to a `Result`; none rejects.
 */
import type { AppError, Result } from '../schema';

export type DbErrorCode =
  /** No record with that id. */
  | 'not-found'
  /** What the caller handed in does not match the schema; nothing was written. */
  | 'invalid-input'
  /** A stored record does not match the schema; it is not used. */
  | 'invalid-record'
  /** The status change makes no sense (see status-transitions.ts). */
  | 'invalid-transition'
  /** A record with that id already exists (or appears twice in one batch). */
  | 'duplicate'
  /** The record changed (or went) since the caller read it; nothing was written. */
  | 'conflict'
  /** The browser refused to store more (disk full, quota). */
  | 'quota-exceeded'
  /** The database on disk is newer than this page's code: the extension was updated. */
  | 'db-outdated'
  /** Anything else IndexedDB threw; the transaction was rolled back. */
  | 'db-failed';

export type DbError = AppError<DbErrorCode>;
export type DbResult<T> = Result<T, DbErrorCode>;

export function ok<T>(value: T): DbResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: DbErrorCode, message: string): DbResult<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown inside a transaction to abort it with a specific error value. */
export class DbAbort extends Error {
  constructor(readonly error: DbError) {
    super(error.message);
  }
}

/** Turns whatever IndexedDB (or idb) threw into an error value. */
export function toDbError(e: unknown): DbError {
  if (e instanceof DbAbort) return e.error;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  switch (name) {
    case 'ConstraintError':
      return { code: 'duplicate', message: `A record with that id already exists. (${detail})` };
    case 'QuotaExceededError':
      return { code: 'quota-exceeded', message: 'The browser has no room left to store data.' };
    case 'VersionError':
      return {
        code: 'db-outdated',
        message: 'The extension was updated since this page was opened. Reload the page.',
      };
    default:
      return { code: 'db-failed', message: `The database refused the change: ${detail}` };
  }
}
