/**
 * The hand-over buttons' actions: Insert into compose, Open in email app, Copy
 * to clipboard and Done each check the whole form first (errors beside their
 * fields, focus on the first); the code behind them is loaded on first use.
 * Here too: Mark as sent and Discard of a pending hand-over, and Discard draft
 * with its Undo. Loaded on the first click or when idle (state.loadHandover).
 */
import type { SiteAccessAnswer } from '../../lib/handover/site-access';
import { t } from '../../lib/i18n';
import type { HandedOver } from '../../lib/schema';
import { fieldId } from './actions';
import { clearForm, type Ready, readyToHandOver } from './ready';
import type { AppState, HandoverKind, InsertTarget } from './state';

async function run(
  state: AppState,
  kind: HandoverKind,
  ready: Ready,
  target: InsertTarget,
  access?: Promise<SiteAccessAnswer>,
) {
  if (kind === 'copy') return (await import('./clipboard-mailto')).copyToClipboard(state, ready);
  if (kind === 'mail-app') {
    await (await import('./clipboard-mailto')).openInEmailApp(state, ready);
    if (state.offerCopy.value) document.getElementById('handover-copy')?.focus();
    return;
  }
  if (kind === 'insert')
    return (await import('./insert')).insertIntoCompose(state, ready, target, access);
  await (await import('./done')).recordDone(state, ready);
}

/**
 * The action running now, and the one clicked meanwhile, which runs after it
 * (only the last one clicked: a third click replaces the second).
 */
let running: string | undefined;
let next: (() => Promise<void>) | undefined;

/**
 * Runs one action at a time; failures are said. The same action clicked again
 * while it runs is dropped (a double click on Done must not record twice);
 * another one (Done right after Copy to clipboard) waits for its turn instead of
 * being lost.
 */
async function oneAtATime(
  state: AppState,
  key: string,
  action: () => Promise<void>,
  notice?: string,
): Promise<void> {
  if (state.busy.value) {
    if (key !== running) next = () => oneAtATime(state, key, action, notice);
    return;
  }
  running = key;
  state.busy.value = true;
  state.notice.value = notice ? { kind: 'ok', text: notice } : undefined;
  state.undo.value = undefined;
  try {
    await action();
  } catch (e) {
    state.notice.value = {
      kind: 'error',
      text: t('popup_actionFailed', e instanceof Error ? e.message : String(e)),
    };
  } finally {
    state.busy.value = false;
    running = undefined;
  }
  const queued = next;
  next = undefined;
  if (queued) await queued();
}

/** `access`: the site access asked for in the click (site-access.ts), if any. */
export function handOver(
  state: AppState,
  kind: HandoverKind,
  target: InsertTarget = {},
  access?: Promise<SiteAccessAnswer>,
) {
  return oneAtATime(
    state,
    kind,
    async () => {
      const ready = await readyToHandOver(state);
      if (ready) await run(state, kind, ready, target, access);
    },
    access ? t('popup_siteAccessAsking') : undefined,
  );
}

/** Mark as sent or Discard, for the hand-over the popup opened on. */
export function settlePending(state: AppState, how: 'sent' | 'discard') {
  const h: HandedOver | undefined = state.pending.value;
  if (!h) return Promise.resolve();
  return oneAtATime(state, `settle-${how}`, async () => {
    // Queued behind a hand-over that made a new one: this click was for the old one.
    if (state.pending.value !== h) return;
    const record = await import('./record');
    await (how === 'sent' ? record.markPendingSent(state, h) : record.discardPending(state, h));
  });
}

/**
 * Discard draft (also "Start new"), with an Undo. The last hand-over is left as
 * it is: it stops counting with the cleared form, and counts again when Undo
 * brings it back.
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
  document.getElementById(fieldId('customerName'))?.focus();
}
