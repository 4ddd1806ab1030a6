/**
 * Signing in and out, as the options page and the popup call it: the host
 * permissions, MSAL, and the `microsoftSignedIn` flag the service worker reads.
 */
import { browser } from 'wxt/browser';
import type { MicrosoftConfig } from '../schema/microsoft';
import { saveSignedIn } from '../storage/microsoft';
import type { TokenSource } from './client';
import { redirectUriFor } from './endpoints';
import { fail, type MicrosoftResult } from './errors';
import { type LaunchWebAuthFlow, type MsalSession, openMsalSession } from './msal';
import { releaseMicrosoftHosts, requestMicrosoftHosts } from './permissions';

/**
 * The redirect URI is the browser's own (`identity.getRedirectURL()`); an
 * offscreen document has no `identity` API and computes Chrome's form of it.
 */
export function openSession(config: MicrosoftConfig): Promise<MsalSession> {
  const own = browser.identity?.getRedirectURL?.();
  return openMsalSession(config, own ?? redirectUriFor(browser.runtime.id));
}

/** A token source over a session still opening (MSAL's initialize is async). */
export function tokensOf(session: Promise<MsalSession>): TokenSource {
  return { token: async (scope, options) => (await session).token(scope, options) };
}

/** The browser's own sign-in window. */
export const browserSignInWindow: LaunchWebAuthFlow = async (url) => {
  const ended = await browser.identity.launchWebAuthFlow({ url, interactive: true });
  if (!ended) throw new Error('the sign-in window returned nothing');
  return ended;
};

/**
 * Permissions first, in the click's turn (a user gesture); then the sign-in
 * window. Refused permissions stop here: without them no request could be sent.
 */
export async function signIn(
  session: Promise<MsalSession>,
  launch: LaunchWebAuthFlow = browserSignInWindow,
): Promise<MicrosoftResult<string>> {
  const asked = requestMicrosoftHosts();
  let granted: boolean;
  try {
    granted = await asked;
  } catch (e) {
    granted = false;
    console.warn('permissions.request failed', e instanceof Error ? e.message : e);
  }
  if (!granted)
    return fail(
      'permission-refused',
      'Signing in needs access to login.microsoftonline.com, api.partnercenter.microsoft.com and graph.microsoft.com; it was not given.',
    );
  const signed = await (await session).signIn(launch);
  if (signed.ok) await saveSignedIn(signed.value);
  else await releaseMicrosoftHosts();
  return signed;
}

/** Forgets tokens and accounts, gives the hosts back, clears the flag. */
export async function signOut(session: Promise<MsalSession> | undefined): Promise<void> {
  try {
    await (await session)?.signOut();
  } finally {
    await saveSignedIn(undefined);
    await releaseMicrosoftHosts();
  }
}
