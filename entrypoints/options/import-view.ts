/**
 * Where an import stands, as the page shows it. A type of its own so the page's
 * state can hold it without importing the import code (no cycle).
 */
import type { BackupFile } from '../../lib/schema';
import type {
  CustomerCsvPreview,
  DecodedFile,
  ReconcilePlan,
  TransferError,
} from '../../lib/transfer';

/** A preview keeps the file's text (to read it again if the data changed) and its encoding. */
type Read = { fileName: string; source: DecodedFile; notice?: string };

export type ImportView =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; done?: number; total?: number }
  | { step: 'error'; fileName: string; error: TransferError }
  | ({ step: 'backup'; file: BackupFile } & Read)
  | ({ step: 'customer-csv'; preview: CustomerCsvPreview } & Read)
  /** Read from a Customers.csv, or from Partner Center's list (lib/microsoft): no file then. */
  | ({ step: 'partner-center'; plan: ReconcilePlan } & Omit<Read, 'source'> & {
        source?: DecodedFile;
      })
  | { step: 'writing'; fileName: string; done?: number; total?: number }
  | { step: 'done'; fileName: string; text: string };
