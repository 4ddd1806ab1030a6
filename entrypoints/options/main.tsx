import { render } from 'preact';
import { t, uiLanguage } from '../../lib/i18n';
import { parseViewHash } from '../../lib/list';
import { App } from './App';
import { startLiveUpdates } from './live';
import { loadList, loadSettingsAndProfile } from './load';
import { refreshOverview } from './overview';
import { createAppState } from './state';
import { syncViewWithUrl } from './url-state';
import '../../components/forms.css';
import './options.css';

function start(root: HTMLElement): void {
  document.documentElement.lang = uiLanguage();
  document.title = t('options_title');
  const state = createAppState(parseViewHash(location.hash));
  // The list first: the first rows are what the partner waits for
  // (docs/ARCHITECTURE.md, "Budgets").
  const listed = loadList(state);
  render(<App state={state} />, root);
  syncViewWithUrl(state);
  startLiveUpdates(state);
  // The overview counts with the partner's reminder delay, so after the settings.
  void loadSettingsAndProfile(state).then(() => refreshOverview(state));
  // `list-loaded` is marked by the table once the whole list is rendered.
  listed.catch((e: unknown) => {
    state.loadError.value = e instanceof Error ? e.message : String(e);
  });
}

start(document.getElementById('app')!);
