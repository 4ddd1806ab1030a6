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

export async function benchPopup({ context, extensionId }, runs = 15) {
  const targets = [
    ['popup (navigation → interactive form)', `chrome-extension://${extensionId}/popup.html`],
    ['blank Preact page (baseline)', `chrome-extension://${extensionId}/blank/index.html`],
  ];
  const results = [];
  for (const [name, url] of targets) {
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
    results.push({ name, times, median: median(times.filter((x) => !Number.isNaN(x))) });
  }
  const [popup, blank] = results;
  printTable(
    `Popup start-up, median of ${runs} runs (budget ≤ 150 ms and ≤ 1.5× blank)`,
    ['page', 'median', 'min', 'max', 'ratio to blank'],
    results.map((r) => [
      r.name,
      fmt(r.median),
      fmt(Math.min(...r.times)),
      fmt(Math.max(...r.times)),
      (r.median / blank.median).toFixed(2),
    ]),
  );
  return { popup: popup.median, blank: blank.median };
}
