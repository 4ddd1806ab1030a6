/**
 * The daily sync: the alarm fires in the service worker, which opens the
 * offscreen document; MSAL there reads the token the options page's sign-in
 * cached, the whole list is reconciled and written, the document closes.
 */
import type { Page } from '@playwright/test';
import { startInterceptingProxy } from '../contract/proxy';
import { manyCustomers } from '../contract/samples';
import { startContractServer } from '../contract/server';
import { expect, launchExtensionContext, test } from './fixtures';
import { CLIENT_ID, connectContract, signInOnOptions, stored } from './microsoft-fixtures';
import { seed } from './options-fixtures';

const PARTNER_CENTER = manyCustomers(3);

/** The service worker's `chrome`, as far as this test uses it. */
declare const chrome: {
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  offscreen: { hasDocument(): Promise<boolean> };
};

function statusOf(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onsuccess = () => {
          const get = open.result.transaction('invitations').objectStore('invitations').get(key);
          get.onsuccess = () => {
            resolve(get.result?.status);
            open.result.close();
          };
        };
      }),
    id,
  );
}

test('the daily alarm syncs in an offscreen document, without an open page doing it', async () => {
  test.setTimeout(90_000);
  // Playwright cannot route an offscreen document's requests: this browser sends its
  // own through the intercepting proxy to the same contract server (tests/contract/proxy.ts).
  const server = await startContractServer({ clientId: CLIENT_ID, extensionId: '' });
  const proxy = await startInterceptingProxy(server);
  const { context, extensionId, close } = await launchExtensionContext('en-US', proxy.chromiumArgs);
  const ms = await connectContract(context, extensionId, server);
  try {
    ms.server.contract.customers = PARTNER_CENTER;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await seed(page, [{ id: 'c-1', name: PARTNER_CENTER[0]!.companyName, sentDaysAgo: 3 }]);
    await signInOnOptions(page);
    const [worker] = context.serviceWorkers();
    // Signing in set the daily alarm.
    await expect
      .poll(() =>
        worker!.evaluate(() =>
          chrome.alarms.get('microsoft-sync-daily').then((a) => a?.periodInMinutes),
        ),
      )
      .toBe(24 * 60);
    // Fire it now instead of tomorrow (unpacked extensions may set alarms this close).
    await worker!.evaluate(() =>
      chrome.alarms.create('microsoft-sync-daily', { when: Date.now() + 500 }),
    );
    await expect.poll(() => statusOf(page, 'inv-c-1'), { timeout: 30_000 }).toBe('accepted');
    await expect
      .poll(
        async () => ((await stored(page, 'local', 'microsoftLastSync')) as { text?: string })?.text,
      )
      .toMatch(/^3 customers read; 1 invitations accepted/);
    await expect.poll(() => worker!.evaluate(() => chrome.offscreen.hasDocument())).toBe(false);
    // The list was read by the offscreen document, not by the open options page.
    expect(ms.server.contract.log).toContain('GET api.partnercenter.microsoft.com/v1/customers');
  } finally {
    await close();
    proxy.close();
    await ms.server.close();
  }
});
