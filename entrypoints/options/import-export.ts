/**
 * Import and export from the options page, through lib/transfer (loaded on first
 * use: papaparse and the importers are not needed to show the list). An import is
 * two steps: read and check the whole file (nothing written; the page shows the
 * preview or the error), then write it in one transaction when the partner agrees.
 */
import { browser } from 'wxt/browser';
import type { Written } from '../../lib/db';
import { t } from '../../lib/i18n';
import type {
  BackupImportMode,
  CsvImported,
  DecodedFile,
  ImportKind,
  ProgressCallback,
  Reconciled,
  TransferError,
  TransferResult,
} from '../../lib/transfer';
import type { ImportView } from './import-view';
import { refreshBadge, reloadList } from './load';
import { type AppState, showToast } from './state';

const loadTransfer = () => import('../../lib/transfer');
type Transfer = Awaited<ReturnType<typeof loadTransfer>>;

function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The CSV speaks the UI's language and writes dates as its locale does (lib/transfer/csv-labels). */
function csvLocale(): string {
  return browser.i18n.getUILanguage();
}

function exportFailed(state: AppState, error: { message: string }): void {
  showToast(state, { kind: 'error', text: t('options_exportFailed', error.message) });
}

export async function exportJson(state: AppState): Promise<void> {
  const transfer = await loadTransfer();
  const result = await transfer.exportBackup();
  if (!result.ok) return exportFailed(state, result.error);
  const { file, skipped } = result.value;
  download(transfer.backupFileName(), transfer.serializeBackup(file), 'application/json');
  showToast(
    state,
    skipped.length === 0
      ? { kind: 'ok', text: t('options_exportedJson', String(file.customers.length)) }
      : {
          kind: 'error',
          text: t('options_exportedWithDamage', skipped.map((s) => s.key).join(', ')),
        },
  );
}

export async function exportCsv(state: AppState): Promise<void> {
  const transfer = await loadTransfer();
  const result = await transfer.exportCustomerCsv(Date.now(), { locale: csvLocale() });
  if (!result.ok) return exportFailed(state, result.error);
  const { text, skipped } = result.value;
  download(transfer.customerCsvFileName(), text, 'text/csv;charset=utf-8');
  showToast(
    state,
    skipped.length === 0
      ? { kind: 'ok', text: t('options_exportedCsv') }
      : {
          kind: 'error',
          text: t('options_exportedCsvWithDamage', skipped.map((s) => s.key).join(', ')),
        },
  );
}

/** Damaged stored records, raw, so they can be repaired or sent to support. */
export async function exportUnreadable(state: AppState): Promise<void> {
  const db = await import('../../lib/db');
  const damaged = await db.readDamagedRecords();
  if (!damaged.ok) return exportFailed(state, damaged.error);
  const now = new Date();
  const name = `csp-unreadable-records-${now.toISOString().slice(0, 10)}.json`;
  download(name, db.damagedRecordsJson(damaged.value, now.toISOString()), 'application/json');
  showToast(state, {
    kind: 'ok',
    text: t('options_exportedUnreadable', String(damaged.value.length)),
  });
}

/** The selected customers (bulk bar) as CSV, in the list's current order. */
export async function exportSelectionCsv(state: AppState): Promise<void> {
  const [transfer, db] = await Promise.all([loadTransfer(), import('../../lib/db')]);
  const all = await db.exportAll();
  if (!all.ok) return exportFailed(state, all.error);
  const selected = state.selection.value;
  const customers = state.shown.value.filter((r) => selected.has(r.id)).map((r) => r.customer);
  const invitations = all.value.invitations.filter((i) => selected.has(i.customerId));
  download(
    transfer.customerCsvFileName(),
    transfer.buildCustomerCsv(customers, invitations, Date.now(), { locale: csvLocale() }),
    'text/csv;charset=utf-8',
  );
  showToast(state, { kind: 'ok', text: t('options_exportedSelection', String(customers.length)) });
}

function fail(state: AppState, fileName: string, error: TransferError): void {
  state.importView.value = { step: 'error', fileName, error };
}

/** Step one: read and check the whole file; nothing is written. */
export async function readImportFile(state: AppState, file: File): Promise<void> {
  performance.mark('import-start');
  const fileName = file.name;
  state.importView.value = { step: 'reading', fileName };
  try {
    const transfer = await loadTransfer();
    const tooBig = transfer.checkImportSize(file.size, transfer.MAX_BACKUP_BYTES);
    if (!tooBig.ok) return fail(state, fileName, tooBig.error);
    const read = await transfer.readImportFile(file);
    if (!read.ok) return fail(state, fileName, read.error);
    await showPreview(state, fileName, read.value);
  } catch (e) {
    // Whatever went wrong, the page must not stay on "Checking the file".
    fail(state, fileName, {
      code: 'import-failed',
      message: `The file could not be checked: ${e instanceof Error ? e.message : String(e)}. Nothing was imported.`,
    });
  }
}

/** Reads the decoded file into the preview of its kind; `notice` says why it is shown again. */
async function showPreview(
  state: AppState,
  fileName: string,
  source: DecodedFile,
  notice?: string,
): Promise<void> {
  const transfer = await loadTransfer();
  const onProgress = (done: number, total: number) => {
    state.importView.value = { step: 'reading', fileName, done, total };
  };
  const read = await transfer.previewImport(source.text, { onProgress });
  if (!read.ok) return fail(state, fileName, read.error);
  const common = { fileName, source, ...(notice ? { notice } : {}) };
  const r = read.value;
  state.importView.value =
    r.kind === 'backup'
      ? { step: 'backup', file: r.file, ...common }
      : r.kind === 'partner-center'
        ? { step: 'partner-center', plan: r.plan, ...common }
        : { step: 'customer-csv', preview: r.preview, ...common };
  performance.mark('import-preview');
}

/** A preview the partner may confirm: one per kind of import file. */
type Preview<K extends ImportKind = ImportKind> = Extract<ImportView, { step: K }>;

/** What each kind's write answers. */
interface WriteResults {
  backup: Written;
  'customer-csv': CsvImported;
  'partner-center': Reconciled;
}

/**
 * What differs per kind of import: how its preview is written, and the sentence
 * saying what was written. The rest of applying is `writePreview`, the same for all.
 */
interface ImportKindParts<K extends ImportKind> {
  write(
    transfer: Transfer,
    preview: Preview<K>,
    how: { mode: BackupImportMode; onProgress: ProgressCallback },
  ): Promise<TransferResult<WriteResults[K]>>;
  done(written: WriteResults[K], preview: Preview<K>): string;
}

const IMPORT_KINDS: { [K in ImportKind]: ImportKindParts<K> } = {
  backup: {
    write: (transfer, { file }, { mode }) => transfer.importBackup(file, mode),
    done: (w) => t('options_importedBackup', String(w.customers), String(w.invitations)),
  },
  'customer-csv': {
    write: (transfer, { preview }, { onProgress }) =>
      transfer.applyCustomerCsv(preview, { onProgress }),
    done: (w) =>
      withLeftDeleted(
        t('options_importedCsv', String(w.created), String(w.updated), String(w.skipped)),
        w.leftDeleted,
      ),
  },
  'partner-center': {
    write: (transfer, { plan }, { onProgress }) => transfer.applyReconcile(plan, { onProgress }),
    done: (w, { plan }) =>
      withLeftDeleted(
        t(
          'options_reconciled',
          String(w.accepted),
          String(w.tenantIdsStored),
          String(plan.summary.unmatched),
        ),
        w.leftDeleted,
      ),
  },
};

function isPreview(view: ImportView): view is Preview {
  return Object.hasOwn(IMPORT_KINDS, view.step);
}

/** "… 1 customer in the file was deleted after the preview and stays deleted." */
function withLeftDeleted(text: string, leftDeleted: number): string {
  return leftDeleted > 0 ? `${text} ${t('options_leftDeleted', String(leftDeleted))}` : text;
}

/** Step two: write what the partner saw, in one transaction (all or nothing). */
export async function applyImport(
  state: AppState,
  mode: BackupImportMode = 'replace',
): Promise<void> {
  const view = state.importView.value;
  performance.mark('import-apply');
  const transfer = await loadTransfer();
  if (isPreview(view)) await writePreview(state, transfer, view.step, view, mode);
}

/** The flow every kind shares: writing (with progress), then the list again and the sentence. */
async function writePreview<K extends ImportKind>(
  state: AppState,
  transfer: Transfer,
  kind: K,
  preview: Preview<K>,
  mode: BackupImportMode,
): Promise<void> {
  const parts: ImportKindParts<K> = IMPORT_KINDS[kind];
  const { fileName, source }: Preview = preview;
  // At once: a backup's write reports no progress (the CSV kinds report 0 of n
  // before their first await, so the page renders the same either way).
  state.importView.value = { step: 'writing', fileName };
  const written = await parts.write(transfer, preview, {
    mode,
    onProgress: (done, total) => {
      state.importView.value = { step: 'writing', fileName, done, total };
    },
  });
  // The data changed between preview and Apply: nothing was written; show the file
  // against what is stored now, with the reason, so the partner decides again.
  if (!written.ok && written.error.code === 'changed-since-preview' && source) {
    return showPreview(state, fileName, source, t('options_previewAgain', written.error.message));
  }
  if (!written.ok) return fail(state, fileName, written.error);
  performance.mark('import-written');
  await reloadList(state);
  state.importView.value = { step: 'done', fileName, text: parts.done(written.value, preview) };
  performance.mark('import-listed');
  refreshBadge();
}

export function cancelImport(state: AppState): void {
  state.importView.value = { step: 'idle' };
}
