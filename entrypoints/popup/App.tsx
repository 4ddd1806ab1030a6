/** The popup's frame: the partner profile on first use, then the compose form. */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { type AppState, AppStateContext } from './state';
import { loadView, views } from './views';

export function App({ state }: { state: AppState }) {
  const name = state.view.value;
  const View = views[name].value;
  useEffect(() => {
    if (!View) void loadView(name);
    // Moving between the views, the focus goes to the first field of the new one.
    else document.querySelector<HTMLElement>('main input:not([disabled])')?.focus();
  }, [name, View]);
  return (
    <AppStateContext.Provider value={state}>
      <main>
        <h1>{t('popup_title')}</h1>
        {View ? <View /> : <p>{t('common_loading')}</p>}
      </main>
    </AppStateContext.Provider>
  );
}
