/**
 * The toast: what just happened, with `Undo` when it can be undone. The region
 * exists from the start (role=status, polite) so screen readers announce changes.
 * It stays until replaced or dismissed: an undo must not vanish while read.
 */
import { t } from '../../lib/i18n';
import { useBusy } from './busy';
import { LinkButton } from './Controls';
import { useAppState } from './state';

export function Toasts() {
  const state = useAppState();
  const toast = state.toast.value;
  const [busy, run] = useBusy();
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
                if (undo) run(undo);
              }}
            >
              {t('options_undo')}
            </button>
          ) : null}
          <LinkButton
            onClick={() => {
              state.toast.value = undefined;
            }}
          >
            {t('options_dismiss')}
          </LinkButton>
        </div>
      ) : null}
    </div>
  );
}
