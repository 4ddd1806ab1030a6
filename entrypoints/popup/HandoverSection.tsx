/**
 * Hand-over and Done (their actions: handover.ts). Insert into compose is the
 * primary action (also Ctrl/Cmd+Enter); after it the focus moves to Done. Done
 * always records: with the last hand-over's channel while the draft is still
 * what was handed over, else as sent some other way.
 */
import { t } from '../../lib/i18n';
import { handOverFromClick as act, DONE_ID, withHandover } from './actions';
import { type InsertTarget, useAppState } from './state';

function InsertChoices() {
  const state = useAppState();
  const choice = state.insertChoice.value;
  if (!choice) return null;
  const pick = (target: InsertTarget) => act(state, 'insert', target);
  if (choice.kind === 'new-compose') {
    return (
      <div class="button-row">
        <button type="button" onClick={() => void pick({ newCompose: true })}>
          {t('popup_openPrefilledCompose')}
        </button>
      </div>
    );
  }
  return (
    <ul
      class="choices"
      aria-label={t(choice.kind === 'tab' ? 'popup_chooseTab' : 'popup_chooseCompose')}
    >
      {choice.kind === 'tab'
        ? choice.options.map((o) => (
            <li key={o.id}>
              <button type="button" onClick={() => pick({ tabId: o.id })}>
                {o.label}
              </button>
            </li>
          ))
        : choice.options.map((o) => (
            <li key={o.id}>
              <button type="button" onClick={() => pick({ tabId: choice.tabId, composeId: o.id })}>
                {o.label}
              </button>
            </li>
          ))}
    </ul>
  );
}

export function HandoverSection() {
  const state = useAppState();
  const notice = state.notice.value;
  const channel = state.handoverChannel.value;
  return (
    <section
      aria-labelledby="handover-heading"
      aria-busy={state.busy.value ? 'true' : 'false'}
      class="handover"
    >
      <h2 id="handover-heading" class="visually-hidden">
        {t('popup_handoverHeading')}
      </h2>
      <div class="handover-grid">
        <button
          type="button"
          id="handover-insert"
          class="primary"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title="Ctrl+Enter"
          onClick={() => act(state, 'insert')}
        >
          {t('popup_insertIntoCompose')}
        </button>
        <button type="button" onClick={() => act(state, 'mail-app')}>
          {t('popup_openInEmailApp')}
        </button>
        <button type="button" id="handover-copy" onClick={() => act(state, 'copy')}>
          {t('popup_copyToClipboard')}
        </button>
        <button
          type="button"
          id={DONE_ID}
          class="done"
          aria-describedby="done-hint"
          onClick={() => act(state, 'done')}
        >
          {t('popup_done')}
        </button>
      </div>
      <InsertChoices />
      <div class="done-row">
        <p id="done-hint" class="hint done-hint">
          {channel
            ? t('popup_doneWith', t(`popup_channel_${channel.replace('-', '_')}`))
            : t('popup_doneHint')}
        </p>
        <button
          type="button"
          class="link"
          onClick={() => withHandover(state, (m) => m.discard(state))}
        >
          {t('popup_discardDraft')}
        </button>
      </div>
      <p role="status" class={`status ${notice?.kind === 'ok' ? 'status-ok' : ''}`}>
        {notice?.kind === 'ok' ? notice.text : ''}
      </p>
      {state.undo.value ? (
        <button type="button" onClick={state.undo.value}>
          {t('popup_undoDiscard')}
        </button>
      ) : null}
      <p role="alert" class={`status ${notice?.kind === 'error' ? 'status-error' : ''}`}>
        {notice?.kind === 'error' ? notice.text : ''}
      </p>
    </section>
  );
}
