/**
 * The popup's start-up as built (docs/ARCHITECTURE.md, "Popup start-up"): one
 * script file and the HTML before the first paint, on first use as every day,
 * the storage reads started by the classic script in the head, and no zod
 * before the first paint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { setUpProfile } from './popup-helpers';

const html = () => readFileSync(join(EXTENSION_PATH, 'popup.html'), 'utf8');
const startChunk = () => /src="\/(chunks\/popup-[\w-]+\.js)"/.exec(html())?.[1] ?? '';

test('popup.html loads one script file besides its head’s storage reads, and no stylesheet file', () => {
  const page = html();
  const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts).toHaveLength(2);
  expect(scripts[0]).toBe('<script src="/popup-reads.js">');
  expect(scripts[1]).toMatch(
    /^<script type="module" crossorigin src="\/chunks\/popup-[\w-]+\.js">$/,
  );
  expect(page).not.toMatch(/<link rel="(stylesheet|modulepreload)"/);
  expect(page).toMatch(/<style>:root\{/);
});

test('the start-up script holds no zod and no message schema (both are loaded after the first paint)', () => {
  const code = readFileSync(join(EXTENSION_PATH, startChunk()), 'utf8');
  expect(code).toContain('unfinishedDraft'); // the storage reads it does hold
  expect(code).toContain('popup_welcome'); // and the first-use form's text
  // zod's schemas all carry their internals under `_zod`, which no minifier renames.
  expect(code).not.toContain('_zod');
  // The insert's answer codes (lib/schema/messages.ts), which an old shared chunk held.
  for (const literal of ['several-composes', 'editor-refused', 'page-changed']) {
    expect(code).not.toContain(`"${literal}"`);
  }
});

test('first use and every day show their form with every chunk but the start-up one held back', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  /**
   * The popup, with every request for a chunk other than the start-up one held
   * (DevTools' request interception) until `release`: its form must be shown and
   * interactive (`npm run bench`'s mark) from popup.html, popup-reads.js and
   * that one chunk alone.
   */
  const openHoldingChunks = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const held: string[] = [];
    const waiting: string[] = [];
    cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
      const path = new URL(request.url).pathname;
      if (path === `/${startChunk()}`) void cdp.send('Fetch.continueRequest', { requestId });
      else {
        held.push(path);
        waiting.push(requestId);
      }
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/chunks/*' }] });
    await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('interactive', 'mark').length);
    const release = async () => {
      await cdp.send('Fetch.disable');
      for (const requestId of waiting.splice(0))
        await cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
    };
    return { page, held, release };
  };
  // Notes that popup-reads.js published its reads (before the popup's module took them).
  await context.addInitScript(() => {
    let reads: unknown;
    Object.defineProperty(globalThis, '__cspPopupEarlyReads', {
      configurable: true,
      get: () => reads,
      set: (value) => {
        reads = value;
        (globalThis as { published?: boolean }).published = true;
      },
    });
  });

  const first = await openHoldingChunks();
  await expect(first.page.getByRole('button', { name: 'Save profile' })).toBeVisible();
  await expect(first.page.getByLabel('Partner tenant ID')).toBeEditable();
  await first.release();
  await setUpProfile(first.page);
  await first.page.close();

  const everyDay = await openHoldingChunks();
  await expect(everyDay.page.getByLabel('Customer name', { exact: true })).toBeEditable();
  await expect(everyDay.page.getByRole('button', { name: 'Insert into compose' })).toBeVisible();
  // What comes after the first paint was asked for, and held: the check saw requests.
  await expect.poll(() => everyDay.held.length).toBeGreaterThan(0);
  await everyDay.release();
  // The head's script started the reads, and the module took them.
  expect(
    await everyDay.page.evaluate(() => (globalThis as { published?: boolean }).published),
  ).toBe(true);
  expect(await everyDay.page.evaluate(() => '__cspPopupEarlyReads' in globalThis)).toBe(false);
  await everyDay.page.close();
  expect(pageErrors).toEqual([]);
});
