/**
 * The Microsoft hosts are optional host permissions (docs/ARCHITECTURE.md,
 * "Permissions"): asked for when the partner signs in, given back at sign-out,
 * so an extension that never signs in can reach no Microsoft server at all.
 */
import { browser } from 'wxt/browser';
import { MICROSOFT_ORIGINS } from './endpoints';

const origins = [...MICROSOFT_ORIGINS];

/** Must be called in the click's own turn, before any await: Chrome wants a user gesture. */
export function requestMicrosoftHosts(): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export function hasMicrosoftHosts(): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

export async function releaseMicrosoftHosts(): Promise<void> {
  await browser.permissions.remove({ origins });
}
