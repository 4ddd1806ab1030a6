/**
 * Where an import stands, as the page shows it. A type of its own so the page's
 * state can hold it without importing the import code (no cycle).
 */
import type { BackupFile } from '../../lib/schema';
import type { CustomerCsvPreview, ReconcilePlan, TransferError } from '../../lib/transfer';

export type ImportView =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; done?: number; total?: number }
  | { step: 'error'; fileName: string; error: TransferError }
  | { step: 'backup'; fileName: string; file: BackupFile }
  | { step: 'customer-csv'; fileName: string; preview: CustomerCsvPreview }
  | { step: 'partner-center'; fileName: string; plan: ReconcilePlan }
  | { step: 'writing'; fileName: string; done?: number; total?: number }
  | { step: 'done'; fileName: string; text: string };
