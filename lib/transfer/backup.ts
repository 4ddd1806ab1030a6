/**
 * The JSON backup (`Export JSON`): everything in the database, versioned, and
 * restoring it. Restoring REPLACES the database: a backup is a picture of all the
 * data at one moment, and export → import must give back exactly that picture —
 * a merge would keep customers deleted since, and could not express a deletion.
 * `merge` is offered for the rarer case of combining two browsers' data: records
 * of the backup are added or overwrite those with the same id; nothing is deleted.
 */
import { exportAll, type InvalidRecord, putAll, replaceAll, type Written } from '../db';
import type { BackupFile } from '../schema';
import { BACKUP_FORMAT } from '../schema/records';
import { ok, type TransferResult } from './errors';

export interface ExportedBackup {
  file: BackupFile;
  /**
   * Damaged stored records that could not be put in the file (lib/db refuses to
   * hand them on). The options page must say so: the backup is then not complete.
   */
  skipped: InvalidRecord[];
}

/** Everything in the database as a backup file stamped with `now` (epoch ms). */
export async function exportBackup(now = Date.now()): Promise<TransferResult<ExportedBackup>> {
  const all = await exportAll();
  if (!all.ok) return all;
  const { customers, invitations, invalid } = all.value;
  return ok({
    file: {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: new Date(now).toISOString(),
      customers,
      invitations,
    },
    skipped: invalid,
  });
}

/** Indented: a partner (or support) can open the file and read it. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `csp-invitations-backup-2024-05-01.json`, dated in UTC like `exportedAt`. */
export function backupFileName(now = Date.now()): string {
  return `csp-invitations-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type BackupImportMode = 'replace' | 'merge';

/**
 * Writes a file `parseBackup` accepted, in one transaction: everything or nothing.
 * lib/db checks the batch again (ids, keys, owners) — cheap, and it keeps the
 * database's own invariants in the database.
 */
export function importBackup(
  file: BackupFile,
  mode: BackupImportMode = 'replace',
): Promise<TransferResult<Written>> {
  const batch = { customers: file.customers, invitations: file.invitations };
  return mode === 'replace' ? replaceAll(batch) : putAll(batch, { overwrite: true });
}
