/**
 * The popup's start, once its code has run: the storage reads first.ts started
 * are parsed, the state made and the form rendered.
 */
import { render } from 'preact';
import { uiLanguage } from '../../lib/i18n';
import { profileAtStart, unfinishedDraftAtStart } from '../../lib/storage/at-start';
import type { EarlyReads } from '../../lib/storage/early';
import { HANDED_OVER_KEY } from '../../lib/storage/keys';
import { App } from './App';
import { loadEngine, loadPart } from './actions';
import { persistDraft } from './persist';
import { watchSiteAccess } from './site-access';
import { type AppState, createAppState, type DeferredBoot } from './state';
import { HANDOVER_SOURCE, PART_SOURCES } from './views';

/**
 * A stored hand-over with a draft record is read back before it is shown as
 * pending (record.ts `checkPending`); without one there is nothing to read, and
 * the database code stays unloaded.
 */
async function checkStoredHandover(state: AppState): Promise<void> {
  await state.loaded;
  if (state.handedOver.value?.invitationId) await (await import('./record')).checkPending(state);
  else state.pendingChecked.value = true;
  if (state.pending.value || state.continuing.value) await loadPart(state, 'notices');
}

/** `openedAt` is when the popup's first module ran; `reads` its storage reads in flight. */
export async function start(root: HTMLElement, reads: EarlyReads, openedAt: number): Promise<void> {
  // `npm run bench` splits the time to the first paint at these marks: modules, storage, render.
  performance.mark('popup-modules');
  const language = uiLanguage();
  document.documentElement.lang = language;
  const [sync, local] = await Promise.all([reads.sync, reads.local]);
  performance.mark('popup-storage');
  // Without zod when stored as saved (lib/storage/at-start).
  const [profile, draft] = await Promise.all([profileAtStart(sync), unfinishedDraftAtStart(local)]);
  // Not needed for the first paint: parsed after it, with the storage schemas
  // loaded then. Both parse field by field and never throw (a bad value falls
  // back to its default).
  const deferredBoot = new Promise<void>((resolve) => setTimeout(resolve)).then(
    async (): Promise<DeferredBoot> => {
      const storage = await import('../../lib/storage');
      return {
        settings: storage.settingsFromStored(sync),
        handedOver: storage.handedOverFromStorage(local[HANDED_OVER_KEY], draft),
      };
    },
  );
  const state = createAppState({
    profile,
    draft,
    parts: PART_SOURCES,
    handover: HANDOVER_SOURCE,
    deferredBoot,
    uiLanguage: language,
    openedAt,
  });
  render(<App state={state} />, root);
  // The form is rendered with the profile and any unfinished draft: `npm run bench` measures to here.
  performance.mark('interactive');
  // Saving starts from the state as rendered: nothing can change it before this line.
  persistDraft(state, draft);
  // Known before the first click, so that Insert can ask for withheld site access at once.
  void watchSiteAccess(state);
  // Then the stored hand-over's record and the invitation logic (link, draft,
  // checks), then what only a click needs.
  void checkStoredHandover(state);
  void loadEngine(state).then(() => {
    const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    whenIdle(() => {
      void loadPart(state, 'requestFields');
      void loadPart(state, 'suggestions');
      void state.loadHandover();
      void import('./suggest');
      void import('./pick');
      void import('./clipboard-mailto');
      void import('./insert');
      void import('./done');
    });
  });
}
