// Popup: navigation → interactive form, median of N runs, beside a blank Preact page
// built the same way (Vite + @preact/preset-vite, production) and served from the
// same extension origin.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { fmt, median, printTable, timeToMark } from './lib.mjs';

/** Builds scripts/bench/blank into the copied extension as blank/index.html. */
export async function addBlankPreactPage(extensionDir) {
  await build({
    root: fileURLToPath(new URL('./blank', import.meta.url)),
    base: './',
    logLevel: 'error',
    plugins: [preact()],
    build: { outDir: join(extensionDir, 'blank'), emptyOutDir: true },
  });
}

async function measure(context, url, runs) {
  const times = [];
  // One warm-up load: the first navigation of a fresh profile pays for disk caches.
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    try {
      const t = await timeToMark(page, url);
      if (i > 0) times.push(t);
    } catch {
      if (i > 0) times.push(Number.NaN);
    } finally {
      await page.close();
    }
  }
  return times;
}

const PROFILE = {
  tenantId: '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f',
  partnerName: 'Fabrikam Cloud',
  senderName: 'Anna de Vries',
  defaultCloud: 'public',
  defaultLanguage: 'en',
};

/**
 * Both paths a partner meets: first use (the profile form, once) and every day
 * after (the compose form with a saved profile), interleaved with the blank page.
 */
export async function benchPopup({ context, extensionId }, runs = 15) {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const blankUrl = `chrome-extension://${extensionId}/blank/index.html`;
  const results = [];
  results.push({
    name: 'blank Preact page (baseline)',
    times: await measure(context, blankUrl, runs),
  });
  results.push({
    name: 'popup, first use (profile form)',
    times: await measure(context, popupUrl, runs),
  });
  const setup = await context.newPage();
  await setup.goto(popupUrl);
  await setup.evaluate((profile) => chrome.storage.sync.set({ profile }), PROFILE);
  await setup.close();
  results.push({
    name: 'popup, every day (compose form)',
    times: await measure(context, popupUrl, runs),
  });
  for (const r of results) r.median = median(r.times.filter((x) => !Number.isNaN(x)));
  const blank = results[0];
  printTable(
    `Popup: navigation → interactive form, median of ${runs} runs (budget ≤ 150 ms and ≤ 1.5× blank)`,
    ['page', 'median', 'min', 'max', 'ratio to blank'],
    results.map((r) => [
      r.name,
      fmt(r.median),
      fmt(Math.min(...r.times)),
      fmt(Math.max(...r.times)),
      (r.median / blank.median).toFixed(2),
    ]),
  );
  return results;
}
