/** The popup's frame: the partner profile on first use, then the compose form. */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { loadView } from './actions';
import { type AppState, AppStateContext } from './state';

export function App({ state }: { state: AppState }) {
  const name = state.view.value;
  const View = state.views[name].value;
  useEffect(() => {
    if (!View) void loadView(state, name);
    // Moving to the profile, the focus goes to its first field (the compose view places its own).
    else if (name === 'profile') {
      document.querySelector<HTMLElement>('main input:not([disabled])')?.focus();
    }
  }, [state, name, View]);
  return (
    <AppStateContext.Provider value={state}>
      <main>
        <h1>{t('popup_title')}</h1>
        {View ? <View /> : <p>{t('common_loading')}</p>}
      </main>
    </AppStateContext.Provider>
  );
}
