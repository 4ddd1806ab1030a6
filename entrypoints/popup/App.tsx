/** The popup's frame: the partner profile on first use, then the compose form. */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { type AppState, AppStateContext } from './state';
import { VIEWS } from './views';

export function App({ state }: { state: AppState }) {
  const name = state.view.value;
  const View = VIEWS[name];
  useEffect(() => {
    // Moving to the profile, the focus goes to its first field (the compose view places its own).
    if (name === 'profile')
      document.querySelector<HTMLElement>('main input:not([disabled])')?.focus();
  }, [name]);
  return (
    <AppStateContext.Provider value={state}>
      <main>
        <h1>{t('popup_title')}</h1>
        <View />
      </main>
    </AppStateContext.Provider>
  );
}
