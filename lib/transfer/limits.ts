/**
 * Size limits, checked before a file is parsed (and, by the options page, before
 * it is even read: `checkImportSize(file.size, …)`), so a wrong file picked by
 * mistake cannot freeze the page.
 */
import { fail, ok, type TransferResult } from './errors';

/**
 * CSV imports: 10,000 customers at ~200 bytes a row is 2 MB, so 5 MB leaves room
 * for long notes while a 10 MB file is refused.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * JSON backups hold every invitation's full e-mail text (~2 KB each): the design's
 * 10,000 customers with 20,000 invitations come to ~45 MB, so 5 MB would make a
 * real backup impossible to restore.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

function megabytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * `size` is `File.size` (bytes) or `text.length` (UTF-16 units: equal to bytes for
 * ASCII, fewer for accented text, so a text just over the limit in bytes may pass).
 */
export function checkImportSize(size: number, limit = MAX_IMPORT_BYTES): TransferResult<void> {
  if (size <= limit) return ok(undefined);
  return fail(
    'too-large',
    `The file is ${megabytes(size)}; files over ${megabytes(limit)} are not imported. Nothing was changed.`,
  );
}
