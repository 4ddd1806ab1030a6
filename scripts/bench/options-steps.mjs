// The steps of the options bench (options.mjs): importing through the page, timing
// loads, searches, the overview and the heap. Each returns figures; none judges them.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeToMark } from './lib.mjs';
import { backupJson } from './options-data.mjs';

const CHUNK = 10_000;
export const LONG = 15 * 60_000;
/** Each keystroke changes the query, so each one re-filters and re-renders. */
const KEYS = [
  ...'zurich',
  ...Array(6).fill('Backspace'),
  ...'muller',
  ...Array(6).fill('Backspace'),
];

export function addBaselinePage(extensionDir) {
  const from = fileURLToPath(new URL('./options-baseline', import.meta.url));
  cpSync(from, join(extensionDir, 'bench-baseline'), { recursive: true });
}

async function marks(page) {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
}

/** One import through the page: choose the file, wait for the preview, confirm, wait for the list. */
export async function importThroughPage(page, name, text, confirm) {
  await page.evaluate(() => performance.clearMarks());
  await page.getByLabel('Import file').setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  const button = page.getByRole('button', { name: confirm, exact: true });
  await button.waitFor({ timeout: LONG });
  await button.click();
  await page.waitForFunction(() => performance.getEntriesByName('import-listed').length > 0, null, {
    timeout: LONG,
    polling: 50,
  });
  const m = await marks(page);
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  return {
    check: m['import-preview'] - m['import-start'],
    write: m['import-written'] - m['import-apply'],
    listed: m['import-listed'] - m['import-apply'],
  };
}

export async function firstRows(context, url, runs) {
  const first = [];
  const loaded = [];
  const overview = [];
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    try {
      const t = await timeToMark(page, url, 'first-rows', LONG);
      const all = await timeToMark(page, url, 'list-loaded', LONG).catch(() => Number.NaN);
      // The options page measures its overview read ('overview'); the baseline has none.
      const read = await page
        .waitForFunction(
          () => performance.getEntriesByName('overview', 'measure')[0]?.duration,
          null,
          {
            timeout: 10_000,
          },
        )
        .then((h) => h.jsonValue())
        .catch(() => Number.NaN);
      // Run 0 warms the disk cache of a fresh profile.
      if (i > 0) {
        first.push(t);
        loaded.push(all);
        overview.push(read);
      }
    } finally {
      await page.close();
    }
  }
  const known = (xs) => xs.filter((x) => !Number.isNaN(x));
  return { first: median(first), loaded: median(known(loaded)), overview: median(known(overview)) };
}

/**
 * The overview read again after a change elsewhere (a change announcement on the
 * database's channel, as another page's write makes), once the list is in memory.
 */
export async function overviewAfterChange(context, url, runs) {
  const page = await context.newPage();
  try {
    await timeToMark(page, url, 'list-loaded', LONG);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const ms = await page.evaluate(async () => {
        performance.clearMeasures('overview');
        const channel = new BroadcastChannel('csp-reseller-invitations/changes');
        channel.postMessage({ all: false, customers: [], source: 'bench' });
        channel.close();
        for (;;) {
          const m = performance.getEntriesByName('overview', 'measure')[0];
          if (m) return m.duration;
          await new Promise((r) => setTimeout(r, 10));
        }
      });
      times.push(ms);
    }
    return median(times);
  } finally {
    await page.close();
  }
}

/** The page's JavaScript heap once the whole list is in memory, after a garbage collection. */
export async function heapUsed(context, url) {
  const page = await context.newPage();
  try {
    await timeToMark(page, url, 'list-loaded', LONG);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  } finally {
    await page.close();
  }
}

/** Keydown (its event time) to the page's next `rows-rendered` mark, per keystroke. */
export async function searchLatency(context, url, label) {
  const page = await context.newPage();
  try {
    await timeToMark(page, url, 'list-loaded', LONG);
    await page.evaluate(() => {
      const w = window;
      w.__latencies = [];
      w.__keydown = undefined;
      document.addEventListener(
        'keydown',
        (e) => {
          w.__keydown = e.timeStamp;
        },
        { capture: true },
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'rows-rendered' && w.__keydown !== undefined) {
            w.__latencies.push(entry.startTime - w.__keydown);
            w.__keydown = undefined;
          }
        }
      }).observe({ type: 'mark' });
    });
    await page.getByLabel(label, { exact: true }).focus();
    for (const key of KEYS) {
      await page.keyboard.press(key);
      await page.waitForFunction(() => window.__keydown === undefined, null, { timeout: 30_000 });
      await page.waitForTimeout(30);
    }
    const latencies = await page.evaluate(() => window.__latencies);
    return { median: median(latencies), max: Math.max(...latencies), n: latencies.length };
  } finally {
    await page.close();
  }
}

export async function seedChunks(page, from, to) {
  let seeded = 0;
  const each = [];
  for (let start = from; start < to; start += CHUNK) {
    const json = backupJson(start, Math.min(start + CHUNK, to));
    const mode = start === 0 ? 'Replace all data' : 'Merge into my data';
    const t = await importThroughPage(page, `seed-${start}.json`, json, mode);
    seeded += t.write;
    each.push(t.write);
  }
  return { total: seeded, each };
}
