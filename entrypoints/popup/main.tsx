import { render } from 'preact';
import { uiLanguage } from '../../lib/i18n';
import { SettingsSchema } from '../../lib/schema';
import { loadProfile, loadSettings, loadUnfinishedDraft } from '../../lib/storage';
import { App } from './App';
import { loadEngine } from './actions';
import { loadLastChannel, persistDraft } from './persist';
import { createAppState } from './state';
import { loadView } from './views';
import './popup.css';

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
  // Fetched while storage answers (the main thread is idle then); awaited only on first use.
  const stored = loadProfile();
  const profileView = stored.then((profile) => (profile ? undefined : loadView('profile')));
  const later = Promise.all([loadSettings(), loadLastChannel()])
    .then(([settings, lastChannel]) => ({ settings, lastChannel }))
    .catch((e: unknown) => {
      console.warn('Settings could not be read; using the defaults', e);
      return { settings: SettingsSchema.parse({}), lastChannel: undefined };
    });
  const [profile, draft] = await Promise.all([stored, loadUnfinishedDraft()]);
  const state = createAppState({ profile, draft, later });
  if (state.view.value === 'profile') await profileView;
  persistDraft(state, draft);
  render(<App state={state} />, root);
  // The form is rendered with the profile and any unfinished draft: `npm run bench` measures to here.
  performance.mark('interactive');
  // Then the invitation logic (link, draft, checks), then what only a click needs.
  void loadEngine(state).then(() => {
    const later = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    later(() => {
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
