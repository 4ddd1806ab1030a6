/**
 * The draft e-mail: it follows the fields until edited by hand, then is kept as
 * typed with a Reset draft action. A removed or altered link is announced at
 * once with a Restore link action, and blocks every hand-over until it is intact.
 */

import { errorText } from '../../components/error-text';
import { TextAreaField, TextField } from '../../components/Field';
import { t } from '../../lib/i18n';
import { editSubjectOrMessage, resetDraft, restoreLink } from './actions';
import { composeFieldProps } from './field-props';
import { useAppState } from './state';

/** Why there is no draft yet, when the fields cannot make one. */
function waitingFor(state: ReturnType<typeof useAppState>): string | undefined {
  const r = state.rendered.value;
  if (r.ok || state.draftState.value.edited || r.error.code === 'engine-loading') return undefined;
  if (r.error.code === 'customer-name-missing') return t('popup_draftWaitsForName');
  return t('popup_draftWaits', errorText({ code: r.error.code, message: r.error.message }));
}

export function DraftSection() {
  const state = useAppState();
  const { subject, message } = state.draft.value;
  const edited = state.draftState.value.edited;
  const messageProps = composeFieldProps(state, 'message');
  const linkBroken = /^link-(removed|altered)$/.test(state.shownErrors.value.message?.code ?? '');
  const waiting = waitingFor(state);
  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('popup_draftHeading')}</h2>
      {edited ? (
        <div class="edited-note">
          <p class="hint">{t('popup_draftEdited')}</p>
          <button type="button" onClick={() => resetDraft(state)}>
            {t('popup_resetDraft')}
          </button>
        </div>
      ) : null}
      <TextField
        {...composeFieldProps(state, 'subject')}
        label={t('popup_subject')}
        value={subject}
        onInput={(v) => editSubjectOrMessage(state, 'subject', v)}
      />
      <TextAreaField
        {...messageProps}
        label={t('popup_message')}
        hint={waiting}
        rows={14}
        value={message}
        onInput={(v) => editSubjectOrMessage(state, 'message', v)}
        errorAction={
          linkBroken ? (
            <button type="button" onClick={() => void restoreLink(state)}>
              {t('popup_restoreLink')}
            </button>
          ) : undefined
        }
      />
    </section>
  );
}
