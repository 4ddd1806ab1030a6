/**
 * `Export JSON`, `Export CSV` and the `Import file` input, with what an import
 * shows before it writes anything: progress, the error naming the row and why, or
 * a preview to confirm. Every name from a file is JSX text, never markup.
 */
import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { BackupImportMode } from '../../lib/transfer';
import { useBusy } from './busy';
import { CustomerCsvPreviewView, ReconcilePreview, SourceNote } from './ImportPreviews';
import { applyImport, cancelImport, exportCsv, exportJson, readImportFile } from './import-export';
import { useAppState } from './state';

function Progress({ label, done, total }: { label: string; done?: number; total?: number }) {
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div class="progress">
      <progress aria-label={label} {...(known ? { value: done, max: total } : {})} />
      <span aria-live="polite">
        {known ? t('options_progress', label, String(done), String(total)) : label}
      </span>
    </div>
  );
}

/** One way to apply a preview: its button, and the mode it passes (a backup has two). */
interface ApplyChoice {
  label: string;
  mode?: BackupImportMode;
  /** The preview would change nothing: the button is disabled. */
  nothingToDo?: boolean;
}

/** The buttons under a preview: one per way to apply (the first is the primary), then Cancel. */
function ApplyButtons({
  busy,
  choices,
  onApply,
  onCancel,
}: {
  busy: boolean;
  choices: ApplyChoice[];
  onApply: (mode: BackupImportMode | undefined) => void;
  onCancel: () => void;
}) {
  return (
    <div class="actions">
      {choices.map((choice, i) => (
        <button
          key={choice.label}
          type="button"
          class={i === 0 ? 'primary' : undefined}
          disabled={busy || choice.nothingToDo === true}
          onClick={() => onApply(choice.mode)}
        >
          {choice.label}
        </button>
      ))}
      <button type="button" onClick={onCancel} disabled={busy}>
        {t('common_cancel')}
      </button>
    </div>
  );
}

function ImportStep() {
  const state = useAppState();
  const view = state.importView.value;
  const [busy, run] = useBusy();
  if (view.step === 'idle') return null;
  const buttons = (choices: ApplyChoice[]) => (
    <ApplyButtons
      busy={busy}
      choices={choices}
      onApply={(mode) => run(() => applyImport(state, mode))}
      onCancel={() => cancelImport(state)}
    />
  );
  const dismiss = (
    <button type="button" onClick={() => cancelImport(state)}>
      {t('options_dismiss')}
    </button>
  );
  return (
    <section class="import-step" aria-labelledby="import-step-heading">
      <h3 id="import-step-heading">{t('options_importOf', view.fileName)}</h3>
      {'source' in view && view.source ? (
        <SourceNote source={view.source} notice={view.notice} />
      ) : null}
      {view.step === 'reading' ? (
        <Progress label={t('options_reading')} done={view.done} total={view.total} />
      ) : null}
      {view.step === 'writing' ? (
        <Progress label={t('options_writing')} done={view.done} total={view.total} />
      ) : null}
      {view.step === 'error' ? (
        <>
          <div role="alert" class="status status-error">
            <p>
              <strong>{t('options_importRefused')}</strong>
            </p>
            <p>{view.error.message}</p>
          </div>
          {dismiss}
        </>
      ) : null}
      {view.step === 'done' ? (
        <>
          <p class="status status-ok" role="status">
            {view.text}
          </p>
          {dismiss}
        </>
      ) : null}
      {view.step === 'backup' ? (
        <>
          <p>
            {t(
              'options_backupSummary',
              String(view.file.customers.length),
              String(view.file.invitations.length),
              view.file.exportedAt,
              String(state.customerCount.value),
            )}
          </p>
          {buttons([
            { label: t('options_backupReplace'), mode: 'replace' },
            { label: t('options_backupMerge'), mode: 'merge' },
          ])}
        </>
      ) : null}
      {view.step === 'customer-csv' ? (
        <>
          <CustomerCsvPreviewView preview={view.preview} />
          {buttons([
            {
              label: t(
                'options_csvApply',
                String(view.preview.summary.new + view.preview.summary.update),
              ),
              nothingToDo: view.preview.summary.new + view.preview.summary.update === 0,
            },
          ])}
        </>
      ) : null}
      {view.step === 'partner-center' ? (
        <>
          <ReconcilePreview plan={view.plan} />
          {buttons([
            {
              label: t('options_reconcileApply'),
              nothingToDo: view.plan.invitations.length + view.plan.customers.length === 0,
            },
          ])}
        </>
      ) : null}
    </section>
  );
}

export function TransferPanel() {
  const state = useAppState();
  const input = useRef<HTMLInputElement>(null);
  const [busy, run] = useBusy();
  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading" class="visually-hidden">
        {t('options_transferHeading')}
      </h2>
      <div class="transfer-bar">
        <button type="button" disabled={busy} onClick={() => run(() => exportJson(state))}>
          {t('options_exportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => exportCsv(state))}>
          {t('options_exportCsv')}
        </button>
        <span class="file-field">
          <label for="import-file">{t('options_importFile')}</label>
          <input
            id="import-file"
            ref={input}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // Cleared so choosing the same file again (after fixing it) is a change.
              e.currentTarget.value = '';
              if (file) void readImportFile(state, file);
            }}
          />
        </span>
        <span id="import-file-hint" class="hint">
          {t('options_importHint')}
        </span>
      </div>
      <ImportStep />
    </section>
  );
}
