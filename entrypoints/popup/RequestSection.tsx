/**
 * The request options, collapsed into one line ("Public cloud · admin
 * privileges · direct · new relationship · English") on a disclosure button
 * whose name starts with "Request options". Most partners never change them, so
 * their fields are a chunk of their own (RequestFields.tsx), fetched when idle;
 * a hand-over refused for one of them opens the disclosure (ready.ts), and the
 * partner may close it again.
 */
import { requestSummary } from '../../lib/form/summary';
import { t } from '../../lib/i18n';
import { toggleRequestOptions } from './actions';
import { useAppState } from './state';

export function RequestSection() {
  const state = useAppState();
  const shown = state.requestOpen.value;
  const Fields = state.parts.requestFields.value;
  return (
    <section class="request" aria-labelledby="request-toggle">
      <button
        type="button"
        id="request-toggle"
        class="disclosure"
        aria-expanded={shown ? 'true' : 'false'}
        aria-controls="request-fields"
        onClick={() => toggleRequestOptions(state)}
      >
        <span class="disclosure-title">{t('popup_requestOptions')}</span>{' '}
        <span class="summary">{requestSummary(state.form.value, t)}</span>
      </button>
      <div id="request-fields" class="request-fields" hidden={!shown}>
        {shown ? Fields ? <Fields /> : <p class="hint">{t('common_loading')}</p> : null}
      </div>
    </section>
  );
}
