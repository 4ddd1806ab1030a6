// Options page at 10,000 and 100,000 customers (docs/ARCHITECTURE.md, "Budgets"), seeded through
// the page's own `Import file` input, each figure beside a baseline measured in the
// same run: raw IndexedDB getAll + a plain table of the same rows (a bench-only
// page added to the copied extension); for the CSV import a raw put of the same
// customers; for the JSON restore JSON.parse + a raw put of the same file; for the
// overview a getAll of the summaries counted in a loop; for the heap the baseline
// page with the same list loaded. Timings come from performance marks the pages
// make themselves; the heap from CDP `Runtime.getHeapUsage` after a GC.
import { fmt, median, printTable } from './lib.mjs';
import { backupJson, customersCsv, rawCustomers } from './options-data.mjs';
import {
  addBaselinePage,
  firstRows,
  heapUsed,
  importThroughPage,
  overviewAfterChange,
  searchLatency,
  seedChunks,
} from './options-steps.mjs';

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

  // The JSON restore (Replace all data) of 10,000 / 20,000, three times, beside a raw
  // JSON.parse + put of the same file into a scratch database with the same layout.
  const backup10k = backupJson(0, 10_000);
  const restores = [];
  const rawRestores = [];
  const restorePage = await context.newPage();
  await restorePage.goto(`${baseline}#idle`);
  for (let i = 0; i < 3; i++) {
    // Into an empty database, as the baseline writes into a new one.
    await importThroughPage(page, 'empty.json', backupJson(0, 0), 'Replace all data');
    restores.push(await importThroughPage(page, 'backup.json', backup10k, 'Replace all data'));
    rawRestores.push(await restorePage.evaluate((text) => window.rawRestore(text), backup10k));
  }
  await restorePage.close();
  const restoreTotal = median(restores.map((r) => r.check + r.write));
  const rawRestore = median(rawRestores);
  row(
    'JSON backup restore, 10,000 / 20,000: read + check + preview',
    '',
    median(restores.map((r) => r.check)),
  );
  row(
    'JSON backup restore, 10,000 / 20,000: write (one transaction)',
    '',
    median(restores.map((r) => r.write)),
  );
  row(
    'JSON backup restore, 10,000 / 20,000: total (median of 3)',
    '≤ 1500 ms',
    restoreTotal,
    rawRestore,
    restoreTotal <= 1500,
  );
  const seed10k = restores.at(-1).write;
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
  row('seed: 9 more backups, merged, to 100,000 / 200,000', '', seed100k.total);
  // Linear growth: the last merge (into 90,000) beside the first (into 10,000).
  const [firstMerge, lastMerge] = [seed100k.each[0], seed100k.each.at(-1)];
  row('seed: merge of 10,000 more, the 9th (baseline: the 1st)', '', lastMerge, firstMerge);
  await page.close();
  const o100 = await firstRows(context, options, 3);
  const b100 = await firstRows(context, baseline, 3);
  row('100,000 customers: first rows shown', '≤ 0.5 s', o100.first, b100.first, o100.first <= 500);
  row(
    '100,000 customers: whole list in memory',
    '≤ 1000 ms',
    o100.loaded,
    b100.loaded,
    o100.loaded <= 1000,
  );
  const overviewPage = await context.newPage();
  await overviewPage.goto(`${baseline}#idle`);
  const rawOverview = [];
  for (let i = 0; i < 3; i++)
    rawOverview.push((await overviewPage.evaluate(() => window.rawOverview())).ms);
  await overviewPage.close();
  const overviewAgain = await overviewAfterChange(context, options, 3);
  row(
    '100,000: overview counts at start, beside the list read (median of 3)',
    '',
    o100.overview,
    median(rawOverview),
  );
  row(
    '100,000: overview counts after a change (median of 3)',
    '≤ 200 ms',
    overviewAgain,
    median(rawOverview),
    overviewAgain <= 200,
  );
  const s100 = await searchLatency(context, options, 'Search customers');
  const sb100 = await searchLatency(context, baseline, 'Search customers');
  row(
    `100,000: search keystroke → rows (median of ${s100.n})`,
    '≤ 16 ms',
    s100.median,
    sb100.median,
    s100.median <= 16,
  );
  row('100,000: search keystroke → rows (worst)', '≤ 50 ms', s100.max, sb100.max, s100.max <= 50);
  const heap = await heapUsed(context, options);
  const baseHeap = await heapUsed(context, baseline);
  const mb = (bytes) => bytes / 1024 / 1024;
  rows.push([
    '100,000 / 200,000 loaded: JavaScript heap after GC',
    '≤ 150 MB',
    `${mb(heap).toFixed(1)} MB`,
    `${mb(baseHeap).toFixed(1)} MB`,
    (heap / baseHeap).toFixed(2),
    mb(heap) <= 150 ? 'yes' : 'NO',
  ]);

  printTable(
    'Options page (seeded through Import file; baseline: raw getAll + plain table, raw put for the import)',
    ['what', 'budget', 'options page', 'baseline', 'ratio', 'within budget'],
    rows,
  );
}
