/**
 * The popup's start-up as built (docs/ARCHITECTURE.md, "Popup start-up"): one
 * script file and the HTML before the first paint, the storage reads started by
 * the classic script in the head, the profile form's chunk fetched on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { setUpProfile } from './popup-helpers';

const html = () => readFileSync(join(EXTENSION_PATH, 'popup.html'), 'utf8');
const firstUseChunk = () => /<meta name="csp-first-use" content="\/([^"]+)">/.exec(html())?.[1];

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
  // The meta that names the first-use chunk comes before the script that reads it.
  expect(page.indexOf('name="csp-first-use"')).toBeLessThan(page.indexOf('popup-reads.js'));
  const chunk = firstUseChunk();
  expect(chunk).toMatch(/^chunks\/first-use-[\w-]+\.js$/);
  expect(() => readFileSync(join(EXTENSION_PATH, chunk ?? ''))).not.toThrow();
});

test('the start-up script builds no message schemas (they are for the hand-over, loaded later)', () => {
  const file = /src="\/(chunks\/popup-[\w-]+\.js)"/.exec(html())?.[1] ?? '';
  const code = readFileSync(join(EXTENSION_PATH, file), 'utf8');
  expect(code).toContain('unfinishedDraft'); // the storage reads and schemas it does hold
  // The insert's answer codes (lib/schema/messages.ts), which the old shared chunk held.
  for (const literal of ['several-composes', 'editor-refused', 'page-changed']) {
    expect(code).not.toContain(`"${literal}"`);
  }
});

test('first use fetches the profile form’s chunk from the storage answer; every day does not', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const chunk = `/${firstUseChunk()}`;
  const preloaded = (page: import('@playwright/test').Page) =>
    page.evaluate(
      (href) => document.querySelectorAll(`link[rel="modulepreload"][href="${href}"]`).length,
      chunk,
    );
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
  const first = await openExtensionPage('popup.html');
  await expect(first.getByRole('button', { name: 'Save profile' })).toBeVisible();
  expect(await preloaded(first)).toBe(1);
  await setUpProfile(first);
  await first.close();

  const everyDay = await openExtensionPage('popup.html');
  await expect(everyDay.getByLabel('Customer name', { exact: true })).toBeVisible();
  expect(await preloaded(everyDay)).toBe(0);
  // The head's script started the reads, and the module took them.
  expect(await everyDay.evaluate(() => (globalThis as { published?: boolean }).published)).toBe(
    true,
  );
  expect(await everyDay.evaluate(() => '__cspPopupEarlyReads' in globalThis)).toBe(false);
  expect(pageErrors).toEqual([]);
});
