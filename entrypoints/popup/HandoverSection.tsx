/**
 * Hand-over and Done. Each hand-over first checks the whole form (errors beside
 * their fields, focus on the first); the code behind the buttons is loaded on
 * first use. Done records the invitation with the hand-over used last.
 */
import { useEffect } from 'preact/hooks';
import {
  askSiteAccessInGesture,
  type SiteAccessAnswer,
  watchSiteAccess,
} from '../../lib/handover/site-access';
import { t } from '../../lib/i18n';
import { clearForm, fieldId, type Ready, readyToHandOver } from './actions';
import type { AppState } from './state';
import { useAppState } from './state';

type Handover = 'insert' | 'mail-app' | 'copy' | 'done';

/** The tab or compose window picked after Insert into compose asked, or a new compose. */
type InsertTarget = { tabId?: number; composeId?: string; newCompose?: boolean };

async function run(
  state: AppState,
  kind: Handover,
  ready: Ready,
  target: InsertTarget,
  access?: Promise<SiteAccessAnswer>,
) {
  if (kind === 'copy') return (await import('./clipboard-mailto')).copyToClipboard(state, ready);
  if (kind === 'mail-app') {
    (await import('./clipboard-mailto')).openInEmailApp(state, ready);
    if (state.offerCopy.value) document.getElementById('handover-copy')?.focus();
    return;
  }
  if (kind === 'insert')
    return (await import('./insert')).insertIntoCompose(state, ready, target, access);
  await (await import('./done')).recordDone(state, ready);
}

/** One action at a time: a double click on Done must not record twice. */
async function handOver(state: AppState, kind: Handover, target: InsertTarget = {}): Promise<void> {
  if (state.busy.value) return;
  // Site access can be asked only in the click itself, before any await (lib/handover/site-access).
  const access = kind === 'insert' && !target.newCompose ? askSiteAccessInGesture() : undefined;
  state.busy.value = true;
  state.notice.value = access ? { kind: 'ok', text: t('popup_siteAccessAsking') } : undefined;
  state.undo.value = undefined;
  try {
    const ready = await readyToHandOver(state);
    if (ready) await run(state, kind, ready, target, access);
  } catch (e) {
    state.notice.value = {
      kind: 'error',
      text: t('popup_actionFailed', e instanceof Error ? e.message : String(e)),
    };
  } finally {
    state.busy.value = false;
  }
}

function discard(state: AppState): void {
  const before = {
    form: state.form.value,
    draftState: state.draftState.value,
    kept: state.kept.value,
    lastChannel: state.lastChannel.value,
  };
  // No direct clear: the debounced save clears storage, and an Undo within its
  // 150 ms leaves the stored draft as it was instead of losing it.
  clearForm(state);
  state.notice.value = { kind: 'ok', text: t('popup_discarded') };
  state.undo.value = () => {
    state.form.value = before.form;
    state.draftState.value = before.draftState;
    state.kept.value = before.kept;
    state.lastChannel.value = before.lastChannel;
    state.notice.value = { kind: 'ok', text: t('popup_restored') };
    state.undo.value = undefined;
    document.getElementById(fieldId('customerName'))?.focus();
  };
}

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
  // Known before the click, so that the click can ask for missing site access at once.
  useEffect(() => void watchSiteAccess(), []);
  const notice = state.notice.value;
  const channel = state.lastChannel.value;
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
