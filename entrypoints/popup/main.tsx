import { render } from 'preact';
import { uiLanguage } from '../../lib/i18n';
import { SettingsSchema } from '../../lib/schema';
import { loadProfile, loadSettings, loadUnfinishedDraft } from '../../lib/storage';
import { App } from './App';
import { loadEngine, loadView } from './actions';
import { watchSiteAccess } from './handover';
import { loadHandedOver, persistDraft } from './persist';
import { createAppState, type DeferredBoot } from './state';
import { VIEW_SOURCES } from './views';
import './popup.css';

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
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
  const state = createAppState({ profile, draft, views: VIEW_SOURCES, deferredBoot });
  if (state.view.value === 'profile') await loadView(state, 'profile');
  persistDraft(state, draft);
  render(<App state={state} />, root);
  // The form is rendered with the profile and any unfinished draft: `npm run bench` measures to here.
  performance.mark('interactive');
  // Known before the first click, so that Insert can ask for withheld site access at once.
  void watchSiteAccess(state);
  // Then the invitation logic (link, draft, checks), then what only a click needs.
  void loadEngine(state).then(() => {
    const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    whenIdle(() => {
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
