/**
 * What an import will do, shown before anything is written: a customer CSV's rows
 * (new, update, duplicate, error with the row and why), or Partner Center's
 * customers matched with the partner's. Names from the file are JSX text.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { CustomerCsvPreview, DecodedFile, ReconcilePlan } from '../../lib/transfer';

/** Which encoding the file was read in, and why a preview is shown again. */
export function SourceNote({ source, notice }: { source: DecodedFile; notice?: string }) {
  return (
    <>
      {notice ? (
        <p role="alert" class="status status-error">
          {notice}
        </p>
      ) : null}
      <p class="hint">{t(`options_readAs_${source.encoding.replace(/-/g, '_')}`)}</p>
    </>
  );
}

/** The preview lists at most this many rows; the summary counts them all. */
const PREVIEW_ROWS = 200;

/** A file's rows as the import sees them: the row number, then the columns; the class tells the outcome. */
function PreviewTable<R extends { rowNumber: number }>({
  caption,
  rows,
  outcome,
  columns,
}: {
  caption: string;
  rows: readonly R[];
  outcome: (row: R) => string;
  columns: { heading: string; cell: (row: R) => ComponentChildren }[];
}) {
  return (
    <table class="preview">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options_previewRow')}</th>
          {columns.map(({ heading }) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, PREVIEW_ROWS).map((r) => (
          <tr key={r.rowNumber} class={`outcome-${outcome(r)}`}>
            <td>{r.rowNumber}</td>
            {columns.map(({ heading, cell }) => (
              <td key={heading}>{cell(r)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Look-alike mail domains are imported (they may be real) but named before Apply. */
function LookAlikes({ preview }: { preview: CustomerCsvPreview }) {
  const warned = preview.rows.filter((r) => r.warnings.length > 0);
  if (warned.length === 0) return null;
  return (
    <div role="alert" class="status status-error">
      <h4>{t('options_csvLookAlikes', String(warned.length))}</h4>
      <ul class="problems">
        {warned.slice(0, PREVIEW_ROWS).map((r) => (
          <li key={r.rowNumber}>{r.warnings.map((w) => w.message).join(' ')}</li>
        ))}
      </ul>
    </div>
  );
}

export function CustomerCsvPreviewView({ preview }: { preview: CustomerCsvPreview }) {
  const s = preview.summary;
  const problems = preview.rows.filter(
    (r) => r.status === 'error' || r.status === 'duplicate-in-file',
  );
  return (
    <>
      <p>
        {t(
          'options_csvSummary',
          String(s.total),
          String(s.new),
          String(s.update),
          String(s.duplicateInFile),
          String(s.error),
        )}
      </p>
      {s.ignoredColumns.length > 0 ? (
        <p class="hint">{t('options_csvIgnored', s.ignoredColumns.join(', '))}</p>
      ) : null}
      <LookAlikes preview={preview} />
      {problems.length > 0 ? (
        <div role="alert">
          <h4>{t('options_csvProblems')}</h4>
          <ul class="problems">
            {problems.slice(0, PREVIEW_ROWS).map((r) => (
              <li key={r.rowNumber}>
                {r.status === 'error'
                  ? r.errors.map((e) => e.message).join(' ')
                  : t(
                      'options_csvDuplicate',
                      String(r.rowNumber),
                      r.customer.name,
                      String(r.duplicateOf ?? ''),
                    )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PreviewTable
        caption={t('options_previewCaption')}
        rows={preview.rows}
        outcome={(r) => r.status}
        columns={[
          { heading: t('options_col_name'), cell: (r) => <bdi>{r.customer.name}</bdi> },
          { heading: t('options_previewEmail'), cell: (r) => r.customer.contactEmail },
          { heading: t('options_col_domain'), cell: (r) => r.customer.domain },
          {
            heading: t('options_previewOutcome'),
            cell: (r) => t(`options_preview_${r.status.replace(/-/g, '_')}`),
          },
        ]}
      />
      {preview.rows.length > PREVIEW_ROWS ? (
        <p class="hint">{t('options_previewMore', String(preview.rows.length - PREVIEW_ROWS))}</p>
      ) : null}
    </>
  );
}

export function ReconcilePreview({ plan }: { plan: ReconcilePlan }) {
  const s = plan.summary;
  return (
    <>
      <p>
        {t(
          'options_reconcileSummary',
          String(s.total),
          String(s.accepted),
          String(s.tenantIdsStored),
          String(s.unchanged),
          String(s.unmatched),
          String(s.errors),
        )}
      </p>
      <PreviewTable
        caption={t('options_reconcileCaption')}
        rows={plan.rows}
        outcome={(r) => r.outcome}
        columns={[
          { heading: t('options_pcCompany'), cell: (r) => <bdi>{r.companyName}</bdi> },
          { heading: t('options_pcDomain'), cell: (r) => r.domain },
          { heading: t('options_previewOutcome'), cell: (r) => r.message },
        ]}
      />
      {plan.unmatched.length > 0 ? (
        <>
          <h4>{t('options_unmatched', String(plan.unmatched.length))}</h4>
          <ul class="problems">
            {plan.unmatched.slice(0, PREVIEW_ROWS).map((r) => (
              <li key={r.rowNumber}>{r.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
