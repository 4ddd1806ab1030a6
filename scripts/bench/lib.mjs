// Shared helpers for `npm run bench`: figures, not pass/fail.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function chromiumExecutable() {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {}
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
}

/** Copies the built extension so bench-only pages can be added without touching the build. */
export function copyExtension(from = '.output/chrome-mv3') {
  const dir = mkdtempSync(join(tmpdir(), 'csp-bench-ext-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A browser with the extension, in the UI language `lang` (the bench's figures are English). */
export async function launchWithExtension(extensionDir, { lang = 'en-US' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'csp-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    locale: lang,
    executablePath: chromiumExecutable(),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Milliseconds from navigation start to `performance.mark(name)` made by the page. */
export async function timeToMark(page, url, name = 'interactive', timeout = 10_000) {
  await page.goto(url);
  const handle = await page.waitForFunction(
    (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime,
    name,
    { timeout, polling: 5 },
  );
  return handle.jsonValue();
}

export function printTable(title, columns, rows) {
  console.log(`\n${title}`);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

export const fmt = (ms) => `${ms.toFixed(1)} ms`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const FIXTURES = new URL('../../tests/fixtures/webmail/', import.meta.url);

/**
 * A webmail fixture page (tests/fixtures/webmail/) with its scripts inlined before
 * `</body>`: each a fixture file name, or `{ source }` for a script given as text
 * (the bundled roosterjs editor).
 */
export function webmailFixture(html, ...scripts) {
  const inline = scripts
    .map(
      (s) =>
        `<script>${typeof s === 'string' ? readFileSync(new URL(s, FIXTURES), 'utf8') : s.source}</script>`,
    )
    .join('');
  return readFileSync(new URL(html, FIXTURES), 'utf8').replace('</body>', `${inline}</body>`);
}
