/**
 * Settings → Microsoft connection (optional): the partner's own Entra app, sign-in
 * and sign-out, the profile's link from Partner Center, and acceptances read from
 * Partner Center's customer list into the same preview as Customers.csv.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../../lib/i18n';
import { GUID_PATTERN } from '../../../lib/schema';
import { useAppState } from '../state';
import {
  checkAcceptances,
  fillProfile,
  loadMicrosoft,
  saveApp,
  signInClicked,
  signOutClicked,
} from './actions';
import { createMicrosoftState, type MicrosoftState } from './state';
import { TeamSharing } from './TeamSharing';

function AppFields({ ms }: { ms: MicrosoftState }) {
  const [clientId, setClientId] = useState(ms.config.value?.clientId ?? '');
  const [tenant, setTenant] = useState(ms.config.value?.tenant ?? '');
  const [error, setError] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!GUID_PATTERN.test(clientId.trim())) {
          setError(t('ms_clientIdInvalid'));
          document.getElementById('ms-client-id')?.focus();
          return;
        }
        setError('');
        void saveApp(ms, { clientId: clientId.trim().toLowerCase(), tenant: tenant.trim() });
      }}
    >
      <div class="field">
        <label for="ms-client-id">{t('ms_clientId')}</label>
        <input
          id="ms-client-id"
          value={clientId}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'ms-client-id-hint ms-client-id-error' : 'ms-client-id-hint'}
          onInput={(e) => setClientId(e.currentTarget.value)}
        />
        <p id="ms-client-id-hint" class="hint">
          {t('ms_clientIdHint', browser.identity.getRedirectURL())}
        </p>
        {error ? (
          <p id="ms-client-id-error" class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="ms-tenant">{t('ms_tenant')}</label>
        <input
          id="ms-tenant"
          value={tenant}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="ms-tenant-hint"
          onInput={(e) => setTenant(e.currentTarget.value)}
        />
        <p id="ms-tenant-hint" class="hint">
          {t('ms_tenantHint')}
        </p>
      </div>
      <button type="submit">{t('ms_saveApp')}</button>
    </form>
  );
}

function SignedInTools({ ms, onLink }: { ms: MicrosoftState; onLink: (link: string) => void }) {
  const state = useAppState();
  const [provider, setProvider] = useState('');
  const busy = ms.busy.value;
  return (
    <>
      <div class="field">
        <label for="ms-provider">{t('ms_indirectProvider')}</label>
        <input
          id="ms-provider"
          value={provider}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="ms-provider-hint"
          onInput={(e) => setProvider(e.currentTarget.value)}
        />
        <p id="ms-provider-hint" class="hint">
          {t('ms_indirectProviderHint')}
        </p>
      </div>
      <div class="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void fillProfile(ms, provider, onLink)}
        >
          {t('ms_fillProfile')}
        </button>
        <button type="button" disabled={busy} onClick={() => void checkAcceptances(ms, state)}>
          {t('ms_checkAcceptances')}
        </button>
      </div>
      <p class="hint">{t('ms_dailyHint')}</p>
    </>
  );
}

export function MicrosoftSettings({ onLink }: { onLink: (link: string) => void }) {
  const ms = useMemo(createMicrosoftState, []);
  useEffect(() => void loadMicrosoft(ms), []);
  if (!ms.loaded.value) return <p>{t('common_loading')}</p>;
  const outcome = ms.outcome.value;
  const signedIn = ms.signedIn.value;
  return (
    <section aria-labelledby="ms-heading">
      <h3 id="ms-heading">{t('ms_heading')}</h3>
      <p class="hint">{t('ms_intro')}</p>
      <AppFields ms={ms} />
      <p>{signedIn ? t('ms_signedInAs', signedIn) : t('ms_notSignedIn')}</p>
      <div class="actions">
        {signedIn ? (
          <button type="button" disabled={ms.busy.value} onClick={() => void signOutClicked(ms)}>
            {t('ms_signOut')}
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            disabled={ms.busy.value || !ms.config.value || !ms.module.value}
            onClick={() => void signInClicked(ms)}
          >
            {t('ms_signIn')}
          </button>
        )}
      </div>
      {signedIn ? <SignedInTools ms={ms} onLink={onLink} /> : null}
      {signedIn && ms.module.value ? <TeamSharing ms={ms} /> : null}
      <p role="status" class={`status ${outcome?.ok ? 'status-ok' : ''}`}>
        {outcome?.ok ? outcome.text : ''}
      </p>
      {/* Inserted only with an error: an empty alert would still be one more on the page. */}
      {outcome && !outcome.ok ? (
        <p role="alert" class="status status-error">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
