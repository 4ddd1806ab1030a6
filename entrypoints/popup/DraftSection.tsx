/**
 * The draft e-mail, compact: it follows the fields until edited by hand, then is
 * kept as typed with a Reset draft action. The message box is small in the
 * everyday layout and can be made larger; it is never left out. A removed or
 * altered link is announced at once with a Restore link action, and blocks
 * every hand-over until it is intact.
 */
import { errorText } from '../../components/error-text';
import { TextAreaField, TextField } from '../../components/Field';
import { t } from '../../lib/i18n';
import { editSubjectOrMessage, resetDraft, restoreLink } from './actions';
import { composeFieldProps } from './field-props';
import { type AppState, useAppState } from './state';

/** Why there is no draft yet, when the fields cannot make one. */
function waitingFor(state: AppState): string | undefined {
  const r = state.rendered.value;
  if (r.ok || state.draftState.value.edited || r.error.code === 'engine-loading') return undefined;
  if (r.error.code === 'customer-name-missing') return t('popup_draftWaitsForName');
  return t('popup_draftWaits', errorText({ code: r.error.code, message: r.error.message }));
}

export function DraftSection() {
  const state = useAppState();
  const { subject, message } = state.draft.value;
  const edited = state.draftState.value.edited;
  const large = state.messageLarge.value;
  const messageProps = composeFieldProps(state, 'message');
  const linkBroken = /^link-(removed|altered)$/.test(state.shownErrors.value.message?.code ?? '');
  const hint = waitingFor(state) ?? (edited ? t('popup_draftEdited') : undefined);
  return (
    <section aria-labelledby="draft-heading" class="draft">
      <h2 id="draft-heading" class="visually-hidden">
        {t('popup_draftHeading')}
      </h2>
      <TextField
        {...composeFieldProps(state, 'subject')}
        label={t('popup_subject')}
        value={subject}
        onInput={(v) => editSubjectOrMessage(state, 'subject', v)}
      />
      <TextAreaField
        {...messageProps}
        label={t('popup_message')}
        aside={
          <>
            {edited ? (
              <button type="button" class="link" onClick={() => resetDraft(state)}>
                {t('popup_resetDraft')}
              </button>
            ) : null}
            <button
              type="button"
              class="link"
              aria-pressed={large ? 'true' : 'false'}
              aria-controls="compose-message"
              onClick={() => (state.messageLarge.value = !large)}
            >
              {t('popup_expandMessage')}
            </button>
          </>
        }
        hint={hint}
        rows={large ? 16 : 5}
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
