// Options page at 10,000 and 100,000 customers (docs/ARCHITECTURE.md, "Budgets"), seeded through
// the page's own `Import file` input, each figure beside a baseline measured in the
// same run: raw IndexedDB getAll + a plain table of the same rows (a bench-only
// page added to the copied extension), and for the CSV import a raw put of the
// same customers. Timings come from performance marks the pages make themselves.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median, printTable, timeToMark } from './lib.mjs';
import { backupJson, customersCsv, rawCustomers } from './options-data.mjs';

const CHUNK = 10_000;
const LONG = 15 * 60_000;
/** Each keystroke changes the query, so each one re-filters and re-renders. */
const KEYS = [
  ...'zurich',
  ...Array(6).fill('Backspace'),
  ...'muller',
  ...Array(6).fill('Backspace'),
];

function addBaselinePage(extensionDir) {
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

async function firstRows(context, url, runs) {
  const first = [];
  const loaded = [];
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    try {
      const t = await timeToMark(page, url, 'first-rows', LONG);
      const all = await timeToMark(page, url, 'list-loaded', LONG).catch(() => Number.NaN);
      // Run 0 warms the disk cache of a fresh profile.
      if (i > 0) {
        first.push(t);
        loaded.push(all);
      }
    } finally {
      await page.close();
    }
  }
  return { first: median(first), loaded: median(loaded.filter((x) => !Number.isNaN(x))) };
}

/** Keydown (its event time) to the page's next `rows-rendered` mark, per keystroke. */
async function searchLatency(context, url, label) {
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

async function seedChunks(page, from, to) {
  let seeded = 0;
  for (let start = from; start < to; start += CHUNK) {
    const json = backupJson(start, Math.min(start + CHUNK, to));
    const mode = start === 0 ? 'Replace all data' : 'Merge into my data';
    const t = await importThroughPage(page, `seed-${start}.json`, json, mode);
    seeded += t.write;
  }
  return seeded;
}

export default async function benchOptions({ context, extensionId }, extensionDir) {
  addBaselinePage(extensionDir);
  const options = `chrome-extension://${extensionId}/options.html`;
  const baseline = `chrome-extension://${extensionId}/bench-baseline/index.html`;
  const rows = [];
  const row = (what, budget, value, base, within) =>
    rows.push([
      what,
      budget,
      fmt(value),
      base === undefined ? '—' : fmt(base),
      base === undefined ? '—' : (value / base).toFixed(2),
      within === undefined ? '—' : within ? 'yes' : 'NO',
    ]);

  const page = await context.newPage();
  await page.goto(options);
  await page.getByRole('table').waitFor();

  // Each run starts from an empty database (restoring an empty backup is the app's own way).
  const csvRuns = [];
  const rawRuns = [];
  const basePage = await context.newPage();
  await basePage.goto(`${baseline}#idle`);
  for (let i = 0; i < 3; i++) {
    await importThroughPage(page, 'empty.json', backupJson(0, 0), 'Replace all data');
    csvRuns.push(
      await importThroughPage(
        page,
        'customers.csv',
        customersCsv(10_000),
        'Import 10000 customers',
      ),
    );
    rawRuns.push(await basePage.evaluate((c) => window.rawPut(c), rawCustomers(10_000)));
  }
  await basePage.close();
  const check = median(csvRuns.map((r) => r.check));
  const write = median(csvRuns.map((r) => r.write));
  const total = median(csvRuns.map((r) => r.check + r.write));
  const rawPut = median(rawRuns);
  row('CSV import, 10,000 rows: read + check + preview', '', check);
  row('CSV import, 10,000 rows: write (one transaction)', '', write, rawPut);
  row('CSV import, 10,000 rows: total (median of 3)', '≤ 2 s', total, rawPut, total <= 2000);

  const seed10k = await seedChunks(page, 0, 10_000);
  row('seed: JSON backup 10,000 / 20,000 written', '', seed10k);
  const o10 = await firstRows(context, options, 7);
  const b10 = await firstRows(context, baseline, 7);
  row('10,000 customers: first rows shown', '≤ 400 ms', o10.first, b10.first, o10.first <= 400);
  row('10,000 customers: whole list in memory', '', o10.loaded, b10.loaded);
  const s10 = await searchLatency(context, options, 'Search customers');
  const sb10 = await searchLatency(context, baseline, 'Search customers');
  row(
    `10,000: search keystroke → rows (median of ${s10.n})`,
    '≤ 50 ms',
    s10.median,
    sb10.median,
    s10.median <= 50,
  );
  row('10,000: search keystroke → rows (worst)', '', s10.max, sb10.max);

  const seed100k = await seedChunks(page, 10_000, 100_000);
  row('seed: 9 more backups, merged, to 100,000 / 200,000', '', seed100k);
  await page.close();
  const o100 = await firstRows(context, options, 3);
  const b100 = await firstRows(context, baseline, 3);
  row('100,000 customers: first rows shown', '≤ 1.5 s', o100.first, b100.first, o100.first <= 1500);
  row('100,000 customers: whole list in memory', '', o100.loaded, b100.loaded);
  const s100 = await searchLatency(context, options, 'Search customers');
  const sb100 = await searchLatency(context, baseline, 'Search customers');
  row(
    `100,000: search keystroke → rows (median of ${s100.n})`,
    '≤ 250 ms',
    s100.median,
    sb100.median,
    s100.median <= 250,
  );
  row('100,000: search keystroke → rows (worst)', '', s100.max, sb100.max);

  printTable(
    'Options page (seeded through Import file; baseline: raw getAll + plain table, raw put for the import)',
    ['what', 'budget', 'options page', 'baseline', 'ratio', 'within budget'],
    rows,
  );
}
