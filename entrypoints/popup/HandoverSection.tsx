/**
 * Hand-over and Done (their actions: handover.ts). Done records the invitation
 * with the last hand-over, while the draft is still what was handed over.
 */
import { t } from '../../lib/i18n';
import { discard, handOver, type InsertTarget } from './handover';
import { useAppState } from './state';

function InsertChoices() {
  const state = useAppState();
  const choice = state.insertChoice.value;
  if (!choice) return null;
  const pick = (target: InsertTarget) => handOver(state, 'insert', target);
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
              <button type="button" onClick={() => void pick({ tabId: o.id })}>
                {o.label}
              </button>
            </li>
          ))
        : choice.options.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                onClick={() => void pick({ tabId: choice.tabId, composeId: o.id })}
              >
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
    <section aria-labelledby="handover-heading" aria-busy={state.busy.value ? 'true' : 'false'}>
      <h2 id="handover-heading">{t('popup_handoverHeading')}</h2>
      <div class="button-row">
        <button type="button" onClick={() => void handOver(state, 'insert')}>
          {t('popup_insertIntoCompose')}
        </button>
        <button type="button" onClick={() => void handOver(state, 'mail-app')}>
          {t('popup_openInEmailApp')}
        </button>
        <button type="button" id="handover-copy" onClick={() => void handOver(state, 'copy')}>
          {t('popup_copyToClipboard')}
        </button>
      </div>
      <InsertChoices />
      <p class="hint">
        {channel
          ? t('popup_doneWith', t(`popup_channel_${channel.replace('-', '_')}`))
          : t('popup_doneHint')}
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => void handOver(state, 'done')}>
          {t('popup_done')}
        </button>
        <button type="button" onClick={() => discard(state)}>
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
