/** The options page: the customer list with its tools, then the settings. */
import { t } from '../../lib/i18n';
import { BulkBar } from './BulkBar';
import { LinkButton } from './Controls';
import { CustomerDetails } from './CustomerDetails';
import { CustomerTable } from './CustomerTable';
import { CustomerToolbar, ListSummary } from './CustomerToolbar';
import { Overview } from './Overview';
import { SettingsSection } from './SettingsSection';
import { type AppState, AppStateContext, useAppState } from './state';
import { Toasts } from './Toasts';
import { TransferPanel } from './TransferPanel';
import { UnreadableNotice } from './UnreadableNotice';

function FollowUpBanner() {
  const state = useAppState();
  if (!state.followUp.value) return null;
  return (
    <p class="banner">
      {t('options_followUpBanner', String(state.settings.value.reminderDays))}{' '}
      <LinkButton
        onClick={() => {
          state.followUp.value = false;
        }}
      >
        {t('options_showAll')}
      </LinkButton>
    </p>
  );
}

function LoadError() {
  const state = useAppState();
  const error = state.loadError.value;
  return error ? (
    <p role="alert" class="status status-error">
      {t('options_loadFailed', error)}
    </p>
  ) : null;
}

function Details() {
  const state = useAppState();
  const id = state.openCustomer.value;
  return id ? <CustomerDetails key={id} id={id} /> : null;
}

export function App({ state }: { state: AppState }) {
  return (
    <AppStateContext.Provider value={state}>
      <header class="page-head">
        <h1>{t('options_title')}</h1>
        <nav aria-label={t('options_navLabel')}>
          <LinkButton onClick={() => jump('customers-heading')}>
            {t('options_customersHeading')}
          </LinkButton>
          <LinkButton onClick={() => jump('settings-heading')}>
            {t('options_settingsHeading')}
          </LinkButton>
        </nav>
      </header>
      <main>
        <Overview />
        <section class="customers-section" aria-labelledby="customers-heading">
          <h2 id="customers-heading">{t('options_customersHeading')}</h2>
          <TransferPanel />
          <CustomerToolbar />
          <FollowUpBanner />
          <ListSummary />
          <UnreadableNotice />
          <LoadError />
          <BulkBar />
          <CustomerTable />
        </section>
        <SettingsSection />
      </main>
      {/* While the modal details dialog is open the page behind it is inert: the toast (and its Undo) moves into the dialog. */}
      {state.openCustomer.value ? null : <Toasts />}
      <Details />
    </AppStateContext.Provider>
  );
}

/** Moves to a section (focus too) without touching the fragment, which holds the list's view. */
function jump(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView();
  target.focus();
}
