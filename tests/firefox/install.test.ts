/**
 * Firefox: the extension installs, its event-page background answers, both
 * extension pages render, and the content scripts run on every webmail host
 * (Firefox grants MV3 host permissions differently from Chromium).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_ID, EXTENSION_ORIGIN, type Firefox, launchFirefox } from './harness';
import { GMAIL_TRUSTED_TYPES_CSP } from './ui';

let firefox: Firefox;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());

interface ManifestLike {
  manifest_version: number;
  background?: { scripts?: string[]; service_worker?: string | null };
  permissions?: string[];
}

test('installs under its gecko id at the pinned UUID; the event-page background answers', async () => {
  expect(firefox.installedId).toBe(EXTENSION_ID);
  const page = await firefox.openExtensionPage('popup.html');
  const seen = await page.evaluate(async () => {
    const { runtime } = (
      globalThis as unknown as {
        browser: {
          runtime: {
            getURL(path: string): string;
            getManifest(): ManifestLike;
            getBackgroundPage(): Promise<Window>;
            sendMessage(message: unknown): Promise<unknown>;
          };
        };
      }
    ).browser;
    return {
      origin: runtime.getURL(''),
      manifest: runtime.getManifest(),
      // An event page is a window of the extension; a service worker would have none.
      background: (await runtime.getBackgroundPage()).location.href,
      // Only the background answers this (lib/reminders/register.ts): it recounts the badge.
      answer: await runtime.sendMessage({ type: 'refresh-reminders' }),
    };
  });
  expect(seen.origin).toBe(`${EXTENSION_ORIGIN}/`);
  expect(seen.manifest.manifest_version).toBe(3);
  expect(seen.manifest.background?.scripts).toEqual([`${EXTENSION_ORIGIN}/background.js`]);
  expect(seen.manifest.background?.service_worker ?? undefined).toBeUndefined();
  expect(seen.background).toMatch(new RegExp(`^${EXTENSION_ORIGIN}/`));
  // `identity` for the optional Microsoft sign-in; no `offscreen`, which Firefox lacks.
  expect([...(seen.manifest.permissions ?? [])].sort()).toEqual(
    [
      'alarms',
      'clipboardWrite',
      'contextMenus',
      'identity',
      'notifications',
      'scripting',
      'storage',
    ].sort(),
  );
  expect(seen.answer).toEqual({ count: 0 });
  await page.close();
});

for (const path of ['popup.html', 'options.html']) {
  test(`${path} renders without console errors`, async () => {
    const page = await firefox.openExtensionPage(path);
    const main = await page.waitForSelector('main');
    expect(await main!.evaluate((el) => el.textContent?.trim().length)).toBeGreaterThan(0);
    await page.close();
    expect(await firefox.consoleErrors()).toEqual([]);
  });
}

const BLANK_WEBMAIL =
  '<!doctype html><html><head><title>Mail</title></head><body><div role="main"></div></body></html>';

for (const { url, site, headers } of [
  {
    url: 'https://mail.google.com/mail/u/0/#inbox',
    site: 'gmail',
    headers: { 'content-security-policy': GMAIL_TRUSTED_TYPES_CSP },
  },
  { url: 'https://outlook.office.com/mail/', site: 'outlook', headers: {} },
  { url: 'https://outlook.office365.com/mail/', site: 'outlook', headers: {} },
  { url: 'https://outlook.live.com/mail/0/', site: 'outlook', headers: {} },
  { url: 'https://outlook.cloud.microsoft/mail/', site: 'outlook', headers: {} },
]) {
  test(`the ${site} content script runs on ${new URL(url).host}`, async () => {
    const page = await firefox.openWebmail(url, BLANK_WEBMAIL, headers);
    await page.waitForSelector(`html[data-csp-invitations="${site}"]`);
    await page.close();
    expect(await firefox.consoleErrors()).toEqual([]);
  });
}

// Last in this file: it leaves errors behind. Proves the checks above can fail.
test('the console check sees console errors and uncaught errors of extension and web pages', async () => {
  const popup = await firefox.openExtensionPage('popup.html');
  await popup.evaluate(async () => {
    const { runtime } = (
      globalThis as unknown as {
        browser: { runtime: { getBackgroundPage(): Promise<{ console: Console }> } };
      }
    ).browser;
    (await runtime.getBackgroundPage()).console.error('probe: background console.error');
    console.error('probe: popup console.error', new Error('with an object'));
    setTimeout(() => {
      throw new Error('probe: popup uncaught');
    });
  });
  const web = await firefox.openWebmail('https://outlook.office.com/mail/', BLANK_WEBMAIL);
  await web.evaluate(() => {
    setTimeout(() => {
      throw new Error('probe: webmail uncaught');
    });
  });
  await expect
    .poll(() => firefox.consoleErrors())
    .toEqual(
      expect.arrayContaining([
        expect.stringContaining('probe: background console.error'),
        expect.stringContaining('probe: popup console.error'),
        expect.stringMatching(/^moz-extension:.*probe: popup uncaught/),
        expect.stringMatching(/^https:\/\/outlook\.office\.com\/.*probe: webmail uncaught/),
      ]),
    );
});
