/**
 * The errors of import and export, as values: a code the options page can branch
 * on and a sentence it shows as is. Database failures pass through with lib/db's
 * codes, so one union covers everything an import can answer.
 */
import type { DbErrorCode } from '../db';
import type { AppError, Result } from '../schema';

export type TransferErrorCode =
  /** A previewed plan whose invitations changed before it was applied. */
  | 'changed-since-preview'
  /** The file is over the size limit; it was not read. */
  | 'too-large'
  /** The file holds nothing (or only a header row). */
  | 'empty-file'
  /** A backup that is not JSON, or JSON cut off (a truncated download). */
  | 'not-json'
  /** JSON, but not this extension's backup. */
  | 'wrong-format'
  /** A backup written by a newer version of the extension. */
  | 'unsupported-version'
  /** A record of a backup does not match the schema (names the record and field). */
  | 'invalid-record'
  /** Two records of a backup share an id. */
  | 'duplicate-id'
  /** A backup's invitation refers to a customer the backup does not hold. */
  | 'missing-customer'
  /** CSV that cannot be read safely: unclosed quotes, rows of the wrong width. */
  | 'malformed-csv'
  /** A CSV file without a column this import needs (e.g. no name column). */
  | 'missing-column'
  /** The browser could not read the picked file (moved or deleted after picking). */
  | 'unreadable-file'
  /** A ZIP archive (an .xlsx workbook is one). */
  | 'zip-file'
  /** Not text: a workbook, PDF, image, or bytes no text file holds. */
  | 'binary-file'
  /** Marked as UTF-8 or UTF-16 but not decodable as such. */
  | 'bad-encoding'
  /** JSON, but a list ([…]) instead of a backup. */
  | 'json-array'
  /** JSON, but a lone value (null, a number, a string) instead of a backup. */
  | 'json-not-object'
  /** Starts like JSON ("{") but is a table: a CSV whose first cell begins with "{". */
  | 'json-looking-csv'
  /** Something failed unexpectedly while reading the file; nothing was written. */
  | 'import-failed';

export type ImportErrorCode = TransferErrorCode | DbErrorCode;
export type TransferError = AppError<ImportErrorCode>;
export type TransferResult<T> = Result<T, ImportErrorCode>;

export function ok<T>(value: T): TransferResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ImportErrorCode, message: string): TransferResult<T> {
  return { ok: false, error: { code, message } };
}

/** A per-row problem of a CSV import, shown beside the row in the preview. */
export type RowErrorCode =
  | 'missing-name'
  | 'too-long'
  | 'invisible-character'
  | 'invalid-email'
  | 'invalid-domain'
  | 'invalid-tenant-id'
  | 'invalid-cloud'
  | 'invalid-country';
export type RowError = AppError<RowErrorCode>;

/** Imported all the same, but said in the preview: a look-alike mail domain (lib/invitation). */
export type RowWarning = AppError<'domain-mixed-scripts' | 'domain-punycode'>;
