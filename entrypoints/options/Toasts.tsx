/**
 * The toast: what just happened, with `Undo` when it can be undone. The region
 * exists from the start (role=status, polite) so screen readers announce changes.
 * It stays until replaced or dismissed: an undo must not vanish while read.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useAppState } from './state';

export function Toasts() {
  const state = useAppState();
  const toast = state.toast.value;
  const [busy, setBusy] = useState(false);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div class={`toast toast-${toast.kind}`} key={toast.id}>
          <span>{toast.text}</span>
          {toast.undo ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                const undo = toast.undo;
                if (!undo) return;
                setBusy(true);
                void undo().finally(() => setBusy(false));
              }}
            >
              {t('options_undo')}
            </button>
          ) : null}
          <button
            type="button"
            class="link"
            onClick={() => {
              state.toast.value = undefined;
            }}
          >
            {t('options_dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
