import { render } from 'preact';
import { uiLanguage } from '../../lib/i18n';
import { SettingsSchema } from '../../lib/schema';
import { loadProfile, loadSettings, loadUnfinishedDraft } from '../../lib/storage';
import { App } from './App';
import { loadEngine, loadPart, loadView } from './actions';
import { loadHandedOver, persistDraft } from './persist';
import { watchSiteAccess } from './site-access';
import { type AppState, createAppState, type DeferredBoot } from './state';
import { HANDOVER_SOURCE, PART_SOURCES, VIEW_SOURCES } from './views';
import './popup.css';

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

async function start(root: HTMLElement): Promise<void> {
  // `npm run bench` splits the time to the first paint at these marks: modules, storage, render.
  performance.mark('popup-modules');
  const openedAt = Date.now();
  const language = uiLanguage();
  document.documentElement.lang = language;
  // Fetched while storage answers (the main thread is idle then); awaited only on first use.
  const stored = loadProfile();
  void stored
    .then((profile) => (profile ? undefined : VIEW_SOURCES.profile.load()))
    .catch(() => undefined); // loadView below says why, should it fail
  const draftRead = loadUnfinishedDraft();
  const deferredBoot: Promise<DeferredBoot> = Promise.all([
    loadSettings(),
    loadHandedOver(draftRead),
  ])
    .then(([settings, handedOver]) => ({ settings, handedOver }))
    .catch((e: unknown) => {
      console.warn('Settings could not be read; using the defaults', e);
      return { settings: SettingsSchema.parse({}), handedOver: undefined };
    });
  const [profile, draft] = await Promise.all([stored, draftRead]);
  performance.mark('popup-storage');
  const state = createAppState({
    profile,
    draft,
    views: VIEW_SOURCES,
    parts: PART_SOURCES,
    handover: HANDOVER_SOURCE,
    deferredBoot,
    uiLanguage: language,
    openedAt,
  });
  if (state.view.value === 'profile') await loadView(state, 'profile');
  persistDraft(state, draft);
  render(<App state={state} />, root);
  // The form is rendered with the profile and any unfinished draft: `npm run bench` measures to here.
  performance.mark('interactive');
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

const root = document.getElementById('app')!;
start(root).catch((e: unknown) => {
  root.textContent = `The popup could not start: ${e instanceof Error ? e.message : String(e)}`;
  console.error(e);
});
