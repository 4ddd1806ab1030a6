/**
 * Step one of every import, whatever the file: which kind it is, and its preview
 * (a backup checked whole, a customer CSV's rows, Partner Center's plan). Nothing
 * is written. The options page shows the result; the hostile-input tests run
 * exactly this.
 */
import type { BackupFile } from '../schema';
import { parseBackup } from './backup-parse';
import { type CustomerCsvPreview, previewCustomerCsv } from './customer-csv-preview';
import { detectImportKind } from './detect';
import { ok, type TransferResult } from './errors';
import { checkImportSize, MAX_IMPORT_BYTES } from './limits';
import { reconcilePartnerCenterCsv } from './partner-center';
import type { ReconcilePlan } from './partner-center-plan';
import type { ProgressCallback } from './progress';

export type ImportPreview =
  | { kind: 'backup'; file: BackupFile }
  | { kind: 'customer-csv'; preview: CustomerCsvPreview }
  | { kind: 'partner-center'; plan: ReconcilePlan };

export async function previewImport(
  text: string,
  { onProgress, now }: { onProgress?: ProgressCallback; now?: number } = {},
): Promise<TransferResult<ImportPreview>> {
  const kind = detectImportKind(text);
  if (kind === 'backup') {
    const file = parseBackup(text);
    return file.ok ? ok({ kind, file: file.value }) : file;
  }
  // CSV has a lower limit than a backup, which holds every e-mail text.
  const size = checkImportSize(text.length, MAX_IMPORT_BYTES);
  if (!size.ok) return size;
  if (kind === 'partner-center') {
    const plan = await reconcilePartnerCenterCsv(text, {
      ...(onProgress ? { onProgress } : {}),
      ...(now === undefined ? {} : { now }),
    });
    return plan.ok ? ok({ kind, plan: plan.value }) : plan;
  }
  const preview = await previewCustomerCsv(text, onProgress ? { onProgress } : {});
  return preview.ok ? ok({ kind, preview: preview.value }) : preview;
}
