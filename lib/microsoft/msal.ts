/**
 * Sign-in with MSAL.js, the Chromium-extension way (docs/MICROSOFT.md, "Sign-in"):
 * MSAL builds the authorize URL and hands it to `onRedirectNavigate`, which stops
 * the page navigating; the browser's own sign-in window (`launchWebAuthFlow`)
 * opens it and returns the `https://<id>.chromiumapp.org/#…` URL Microsoft
 * redirected to; MSAL redeems that hash (PKCE) and caches the tokens in the
 * extension's localStorage, which content scripts cannot read. Tokens never leave
 * this module except as the Authorization header http.ts sets.
 */
import {
  type AccountInfo,
  AuthError,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  LogLevel,
  PublicClientApplication,
} from '@azure/msal-browser';
import type { MicrosoftConfig } from '../schema/microsoft';
import { ensureCacheKeyCookie } from './cache-key';
import type { TokenSource } from './client';
import { authorityFor, GDAP_SCOPE, PARTNER_CENTER_SCOPE, TEAM_SCOPE } from './endpoints';
import { fail, type MicrosoftResult, ok } from './errors';

/** Opens the sign-in window at `url`; resolves with the URL it ended on. */
export type LaunchWebAuthFlow = (url: string) => Promise<string>;

export interface MsalSession extends TokenSource {
  /** The signed-in account's user name, if any. */
  username(): string | undefined;
  signIn(launch: LaunchWebAuthFlow): Promise<MicrosoftResult<string>>;
  /** Forgets every token and account of this app in this browser. */
  signOut(): Promise<void>;
}

const SIGN_IN_NEEDED = 'Sign in to Microsoft again in Settings (Microsoft connection).';

function explain(e: unknown): string {
  // MSAL's messages carry codes and descriptions, never tokens.
  if (e instanceof AuthError) return `${e.errorCode}${e.errorMessage ? `: ${e.errorMessage}` : ''}`;
  return e instanceof Error ? e.message : String(e);
}

export async function openMsalSession(
  config: MicrosoftConfig,
  redirectUri: string,
): Promise<MsalSession> {
  let navigate: ((url: string) => void) | undefined;
  ensureCacheKeyCookie();
  const pca = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: authorityFor(config.tenant),
      redirectUri,
      postLogoutRedirectUri: redirectUri,
      onRedirectNavigate: (url) => {
        navigate?.(url);
        return false;
      },
    },
    cache: { cacheLocation: 'localStorage' },
    system: { loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false } },
  });
  await pca.initialize();
  const account = (): AccountInfo | undefined => pca.getAllAccounts()[0];

  return {
    username: () => account()?.username,

    async signIn(launch) {
      let url: string;
      try {
        url = await new Promise<string>((resolve, reject) => {
          navigate = resolve;
          pca
            .acquireTokenRedirect({
              scopes: [PARTNER_CENTER_SCOPE],
              extraScopesToConsent: [GDAP_SCOPE, TEAM_SCOPE],
              prompt: 'select_account',
            })
            .catch(reject);
        });
      } catch (e) {
        return fail('sign-in-failed', `Microsoft sign-in could not start: ${explain(e)}`);
      } finally {
        navigate = undefined;
      }
      let responseUrl: string;
      try {
        responseUrl = await launch(url);
      } catch (e) {
        // Closed or refused: MSAL still holds the interaction as in progress; clear it.
        await pca.handleRedirectPromise({ navigateToLoginRequestUrl: false }).catch(() => null);
        return fail('sign-in-cancelled', `Microsoft sign-in was cancelled: ${explain(e)}`);
      }
      try {
        const result = await pca.handleRedirectPromise({
          hash: new URL(responseUrl).hash,
          navigateToLoginRequestUrl: false,
        });
        if (!result?.account)
          return fail('sign-in-failed', 'Microsoft sign-in returned no account.');
        pca.setActiveAccount(result.account);
        return ok(result.account.username);
      } catch (e) {
        return fail('sign-in-failed', `Microsoft sign-in failed: ${explain(e)}`);
      }
    },

    async signOut() {
      await pca.clearCache();
    },

    async token(scope, { forceRefresh = false } = {}) {
      const signedIn = account();
      if (!signedIn)
        return fail('sign-in-needed', `You are not signed in to Microsoft. ${SIGN_IN_NEEDED}`);
      try {
        const result = await pca.acquireTokenSilent({
          scopes: [scope],
          account: signedIn,
          forceRefresh,
          // No hidden-iframe renewal: its redirect to chromiumapp.org can never load in a page.
          cacheLookupPolicy: forceRefresh
            ? CacheLookupPolicy.RefreshToken
            : CacheLookupPolicy.AccessTokenAndRefreshToken,
        });
        return ok(result.accessToken);
      } catch (e) {
        if (e instanceof InteractionRequiredAuthError)
          return fail('sign-in-needed', `Your Microsoft sign-in needs renewing. ${SIGN_IN_NEEDED}`);
        if (e instanceof AuthError && /network|fetch|post_request/i.test(e.errorCode))
          return fail('network', `Could not reach Microsoft's sign-in service: ${explain(e)}`);
        return fail(
          'sign-in-needed',
          `Microsoft sign-in could not be renewed (${explain(e)}). ${SIGN_IN_NEEDED}`,
        );
      }
    },
  };
}
