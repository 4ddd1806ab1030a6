// `npm test`: builds both browsers, then runs unit tests (vitest), end-to-end tests
// (Playwright, in Chromium with the built extension), the core journeys in Firefox ESR
// (vitest.firefox.config.ts), the type check, Biome, and Mozilla's linter on the
// Firefox build; sums every test and ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const REPORTS = 'test-results/summary';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const problems = [];

for (const [label, args] of [
  ['build (Chrome)', ['wxt', 'build']],
  ['build (Firefox)', ['wxt', 'build', '-b', 'firefox', '--mv3']],
]) {
  if (run(label, 'npx', args) !== 0) {
    console.error(`${label} failed: no test can run.`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

const unitStatus = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
const unit = readJson(`${REPORTS}/vitest.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (unitStatus !== 0 && (!unit || unit.numFailedTests === 0)) {
  failed += 1;
  problems.push('vitest exited with an error outside the tests');
}

const e2eStatus = run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
});
const e2e = readJson(`${REPORTS}/playwright.json`);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) {
  failed += 1;
  problems.push('playwright exited with an error outside the tests');
}

// The core journeys in Firefox ESR (tests/firefox, driven by puppeteer-core over WebDriver BiDi).
const firefoxStatus = run('Firefox journeys (Firefox ESR)', 'npx', [
  'vitest',
  'run',
  '--config=vitest.firefox.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/firefox.json`,
]);
const firefox = readJson(`${REPORTS}/firefox.json`);
let firefoxFailed = 0;
if (firefox) {
  passed += firefox.numPassedTests;
  // A file whose beforeAll failed reports its tests as skipped: count the file once.
  const hookFailures = firefox.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  );
  firefoxFailed = firefox.numFailedTests + hookFailures.length;
  failed += firefoxFailed;
  if (JSON.stringify(firefox.testResults).includes('No Firefox found')) {
    problems.push('Firefox is missing: `apt-get install -y firefox-esr`, or set FIREFOX_PATH');
  }
}
if (firefoxStatus !== 0 && firefoxFailed === 0) {
  failed += 1;
  problems.push('the Firefox journeys exited with an error outside the tests');
}

// Static checks count as one test each: the types (tsc) and the one linter/formatter (Biome).
for (const [label, args] of [
  ['types (tsc --noEmit)', ['tsc', '--noEmit']],
  ['lint and format (Biome)', ['biome', 'check', '.']],
]) {
  if (run(label, 'npx', args) === 0) passed += 1;
  else {
    failed += 1;
    problems.push(`${label} reported errors`);
  }
}

if (run('Firefox lint (addons-linter)', 'node', ['scripts/lint-firefox.mjs']) === 0) passed += 1;
else {
  failed += 1;
  problems.push('addons-linter reported errors');
}

for (const p of problems) console.error(`! ${p}`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${REPORTS}/line.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
