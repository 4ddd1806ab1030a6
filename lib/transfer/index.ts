/** Import and export: callers (the options page) import from 'lib/transfer', not its files. */
export {
  type BackupImportMode,
  backupFileName,
  type ExportedBackup,
  exportBackup,
  importBackup,
  serializeBackup,
} from './backup';
export { parseBackup } from './backup-parse';
export { CUSTOMER_FIELDS, type CustomerField } from './csv-columns';
export { type ApplyOptions, applyCustomerCsv, type CsvImported } from './customer-csv-apply';
export {
  buildCustomerCsv,
  type CsvExportOptions,
  CUSTOMER_CSV_COLUMNS,
  customerCsvFileName,
  type ExportedCsv,
  exportCustomerCsv,
} from './customer-csv-export';
export {
  type CustomerCsvPreview,
  type PreviewOptions,
  type PreviewRow,
  type PreviewStatus,
  type PreviewSummary,
  previewCustomerCsv,
} from './customer-csv-preview';
export type { MatchedBy } from './customer-matcher';
export type { CustomerFields } from './customer-row';
export { type DecodedFile, decodeImportBytes, readImportFile } from './decode';
export { detectImportKind, type ImportKind } from './detect';
export type {
  ImportErrorCode,
  RowError,
  RowErrorCode,
  TransferError,
  TransferErrorCode,
  TransferResult,
} from './errors';
export { checkImportSize, MAX_BACKUP_BYTES, MAX_IMPORT_BYTES } from './limits';
export {
  applyReconcile,
  PARTNER_CENTER_API_NOTE,
  type Reconciled,
  type ReconcileOptions,
  reconcilePartnerCenterCsv,
  reconcilePartnerCenterCustomers,
} from './partner-center';
export {
  PARTNER_CENTER_NOTE,
  type ReconcileOutcome,
  type ReconcilePlan,
  type ReconcileRow,
} from './partner-center-plan';
export { PARTNER_CENTER_COLUMNS, type PartnerCenterRow } from './partner-center-rows';
export { type ImportPreview, previewImport } from './preview-import';
export type { ProgressCallback } from './progress';
