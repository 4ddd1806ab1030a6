/**
 * The hand-over buttons' actions: Insert into compose, Open in email app, Copy
 * to clipboard and Done each check the whole form first (errors beside their
 * fields, focus on the first); the code behind them is loaded on first use.
 * Discard draft and its Undo live here too.
 */
import type { SiteAccessAnswer } from '../../lib/handover/site-access';
import { t } from '../../lib/i18n';
import { clearForm, fieldId, type Ready, readyToHandOver } from './actions';
import type { AppState } from './state';

export type Handover = 'insert' | 'mail-app' | 'copy' | 'done';

/** The tab or compose window picked after Insert into compose asked, or a new compose. */
export type InsertTarget = { tabId?: number; composeId?: string; newCompose?: boolean };

/**
 * Keeps `state.siteAccessMissing` current from the popup's start: the click can
 * ask for missing site access only synchronously (lib/handover/site-access).
 */
export async function watchSiteAccess(state: AppState): Promise<void> {
  // Loaded after the first paint (the popup's start-up budget); a click before
  // that, within a few milliseconds of opening, goes ahead without asking.
  const siteAccess = await import('../../lib/handover/site-access');
  state.siteAccess.value = siteAccess;
  const check = () =>
    void siteAccess.missingSiteAccess().then(
      (missing) => {
        state.siteAccessMissing.value = missing;
      },
      () => {
        state.siteAccessMissing.value = [];
      },
    );
  check();
  siteAccess.onSiteAccessChange(check);
}

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
export async function handOver(
  state: AppState,
  kind: Handover,
  target: InsertTarget = {},
): Promise<void> {
  if (state.busy.value) return;
  // Site access can be asked only in the click itself, before any await (lib/handover/site-access).
  const siteAccess = state.siteAccess.value;
  const access =
    kind === 'insert' && !target.newCompose && siteAccess
      ? siteAccess.askSiteAccessInGesture(state.siteAccessMissing.value)
      : undefined;
  if (access) {
    void access.then((answer) => {
      if (answer === 'granted') state.siteAccessMissing.value = [];
    });
  }
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

/**
 * Discard draft, with an Undo. The last hand-over is left as it is: it stops
 * counting with the cleared form, and counts again when Undo brings it back.
 */
export function discard(state: AppState): void {
  const before = {
    form: state.form.value,
    draftState: state.draftState.value,
    kept: state.kept.value,
  };
  // No direct clear: the debounced save clears storage, and an Undo within its
  // 150 ms leaves the stored draft as it was instead of losing it.
  clearForm(state);
  state.notice.value = { kind: 'ok', text: t('popup_discarded') };
  state.undo.value = () => {
    state.form.value = before.form;
    state.draftState.value = before.draftState;
    state.kept.value = before.kept;
    state.notice.value = { kind: 'ok', text: t('popup_restored') };
    state.undo.value = undefined;
    document.getElementById(fieldId('customerName'))?.focus();
  };
}
