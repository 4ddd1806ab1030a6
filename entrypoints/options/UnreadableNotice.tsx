/**
 * Stored records that fail their schema are never listed in part, and never
 * hidden without a word: the list says how many, and offers them raw as a file.
 */
import { t } from '../../lib/i18n';
import { exportUnreadable } from './import-export';
import { useAppState } from './state';

export function UnreadableNotice() {
  const state = useAppState();
  const count = state.unreadable.value;
  if (count === 0) return null;
  return (
    <p role="status" class="status status-error">
      {t('options_unreadable', String(count))}{' '}
      <button type="button" class="link" onClick={() => void exportUnreadable(state)}>
        {t('options_exportUnreadable')}
      </button>
    </p>
  );
}
