/**
 * The Microsoft connection's end-to-end harness. The real hosts are routed
 * (`context.route`) to the contract server (tests/contract/), so the extension
 * runs its production URLs and the real MSAL library. Two pieces of browser UI
 * that headless Chromium cannot show or answer are stood in for, and only they:
 * the sign-in window (`identity.launchWebAuthFlow`: it loads the authorize URL
 * from the contract server and returns the chromiumapp.org URL it redirects to),
 * and the permission prompt (`permissions.request` answers "Allow" and records
 * what was asked; `permissions.remove` is recorded, then called for real).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { PARTNER_TENANT } from '../contract/samples';
import { type ContractServer, startContractServer } from '../contract/server';
import { expect } from './fixtures';

export const CLIENT_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const HOSTS =
  /^https:\/\/(login\.microsoftonline\.com|api\.partnercenter\.microsoft\.com|graph\.microsoft\.com)\//;

/** Runs in every extension page before its own scripts. */
const STAND_IN = `(() => {
  const c = globalThis.chrome;
  if (location.protocol !== 'chrome-extension:' || !c || !c.identity) return;
  const answer = (promise, callback) => {
    if (typeof callback !== 'function') return promise;
    promise.then((v) => callback(v), () => callback(undefined));
  };
  c.identity.launchWebAuthFlow = (details, callback) =>
    answer(globalThis.__contractSignInWindow(details.url), callback);
  const log = (what, value) => globalThis.__contractRecord(what, JSON.stringify(value));
  c.permissions.request = (permissions, callback) => {
    log('permissions.request', permissions.origins || []);
    return answer(Promise.resolve(true), callback);
  };
  const remove = c.permissions.remove.bind(c.permissions);
  c.permissions.remove = (permissions, callback) => {
    log('permissions.remove', permissions.origins || []);
    return remove(permissions, callback);
  };
})();`;

export interface MicrosoftHarness {
  server: ContractServer;
  /** What the stood-in browser UI was asked, in order: "permissions.request [...]". */
  asked: string[];
  /** Make the next sign-in window fail, as if the partner closed it. */
  closeNextSignInWindow: () => void;
}

export async function connectContract(
  context: BrowserContext,
  extensionId: string,
  running?: ContractServer,
): Promise<MicrosoftHarness> {
  const server = running ?? (await startContractServer({ clientId: CLIENT_ID, extensionId }));
  server.contract.extensionId = extensionId;
  const asked: string[] = [];
  let closeNext = false;
  await context.route(HOSTS, async (route) => {
    try {
      const url = server.urlFor(route.request().url());
      await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) });
    } catch {
      // The page gave up first (a timeout), or the test ended: the request goes nowhere.
      await route.abort().catch(() => undefined);
    }
  });
  await context.exposeBinding('__contractRecord', (_source, what: string, value: string) => {
    asked.push(`${what} ${value}`);
  });
  await context.exposeBinding('__contractSignInWindow', async (_source, url: string) => {
    asked.push(`sign-in window ${new URL(url).pathname}`);
    if (closeNext) {
      closeNext = false;
      throw new Error('The user did not approve access.');
    }
    const answer = await fetch(server.urlFor(url), { redirect: 'manual' });
    const location = answer.headers.get('location');
    if (answer.status !== 302 || !location)
      throw new Error(`sign-in failed: ${await answer.text()}`);
    return location;
  });
  await context.addInitScript(STAND_IN);
  return {
    server,
    asked,
    closeNextSignInWindow: () => {
      closeNext = true;
    },
  };
}

/** Settings → Microsoft connection: save the app and sign in. */
export async function signInOnOptions(page: Page): Promise<void> {
  const card = page.getByRole('region', { name: 'Microsoft connection' });
  await card.getByLabel('Application (client) ID').fill(CLIENT_ID);
  await card.getByLabel('Tenant').fill(PARTNER_TENANT);
  await card.getByRole('button', { name: 'Save app' }).click();
  await expect(card.getByText('App saved.')).toBeVisible();
  await card.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await expect(
    card.getByText('Signed in as pat@contoso-partner.onmicrosoft.com.').first(),
  ).toBeVisible();
}

export function microsoftCard(page: Page) {
  return page.getByRole('region', { name: 'Microsoft connection' });
}

/** One key of the extension's storage, read in an extension page. */
export function stored(page: Page, area: 'local' | 'sync', key: string): Promise<unknown> {
  return page.evaluate(
    async ([a, k]) => {
      type Area = { get(key: string): Promise<Record<string, unknown>> };
      const api = (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome;
      return (await api.storage[a]!.get(k))[k];
    },
    [area, key] as const,
  );
}
