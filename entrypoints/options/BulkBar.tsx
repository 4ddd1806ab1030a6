/** Actions on the selected customers: change status, send reminders, export as CSV, delete (with undo). */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { InvitationStatus } from '../../lib/schema';
import { deleteCustomers, selectedCustomers } from './actions';
import { useBusy } from './busy';
import { LinkButton } from './Controls';
import { statusLabel } from './format';
import { exportSelectionCsv } from './import-export';
import { sendRemindersToSelection } from './reminders';
import { useAppState } from './state';
import { setStatusOfSelection } from './status-actions';

/** What a partner sets by hand; `sent` and `draft` come from the popup. */
const BULK_STATUSES: InvitationStatus[] = [
  'accepted',
  'declined',
  'expired',
  'cancelled',
  'removed',
];

export function BulkBar() {
  const state = useAppState();
  const [status, setStatus] = useState<InvitationStatus>('accepted');
  const [busy, run] = useBusy();
  const count = state.selection.value.size;
  if (count === 0) return null;
  return (
    <section class="bulk" aria-label={t('options_bulkRegion')}>
      <p class="bulk-count">{t('options_selectedCount', String(count))}</p>
      <div class="field inline">
        <label for="bulk-status">{t('options_bulkStatus')}</label>
        <select
          id="bulk-status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as InvitationStatus)}
        >
          {BULK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => setStatusOfSelection(state, status))}
      >
        {t('options_bulkApply')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => sendRemindersToSelection(state))}
      >
        {t('options_bulkRemind')}
      </button>
      <button type="button" disabled={busy} onClick={() => run(() => exportSelectionCsv(state))}>
        {t('options_bulkExport')}
      </button>
      <button
        type="button"
        class="danger"
        disabled={busy}
        onClick={() => run(() => deleteCustomers(state, selectedCustomers(state)))}
      >
        {t('options_bulkDelete')}
      </button>
      <LinkButton
        onClick={() => {
          state.selection.value = new Set();
        }}
      >
        {t('options_clearSelection')}
      </LinkButton>
    </section>
  );
}
