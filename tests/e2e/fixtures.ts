import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';
import { chromiumExecutable } from './browser-path';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Gmail's CSP header since 2024: scripts may not assign HTML strings. */
export const GMAIL_TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'";

export interface ServeOptions {
  /** Extra response headers, e.g. Gmail's Trusted Types CSP. */
  headers?: Record<string, string>;
}

interface Fixtures {
  /** The browser UI language (`--lang`); override with `test.use({ lang: 'nl' })`. */
  lang: string;
  context: BrowserContext;
  extensionId: string;
  /** Collects console errors and page errors of every page; asserted empty by tests that want it. */
  pageErrors: string[];
  /** Serve `html` at `url` (a real webmail URL) through `context.route`. */
  serveHtml: (url: string | RegExp, html: string, options?: ServeOptions) => Promise<void>;
  /** Open one of the extension's pages (`popup.html`, `options.html`) as a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

/** Chromium flags for this closed network (see the env notes) and for CI containers. */
const CHROMIUM_ARGS = [
  `--disable-extensions-except=${EXTENSION_PATH}`,
  `--load-extension=${EXTENSION_PATH}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchExtensionContext(
  lang = 'en-US',
  extraArgs: readonly string[] = [],
): Promise<{
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'csp-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, `--lang=${lang}`, ...extraArgs],
    locale: lang,
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<Fixtures>({
  lang: ['en-US', { option: true }],
  // A browser per test keeps extension storage and IndexedDB independent between tests.
  context: async ({ lang }, use) => {
    const launched = await launchExtensionContext(lang);
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
    context.off('page', watch);
  },
  serveHtml: async ({ context }, use) => {
    const routes: Array<string | RegExp> = [];
    await use(async (url, html, options = {}) => {
      // Requests never carry the fragment, so a route for `…#inbox` must not either.
      const pattern = typeof url === 'string' ? url.replace(/#.*$/, '') : url;
      routes.push(pattern);
      await context.route(pattern, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: options.headers,
          body: html,
        }),
      );
    });
    for (const url of routes) await context.unroute(url);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    const opened: Page[] = [];
    await use(async (path) => {
      const page = await context.newPage();
      opened.push(page);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
    for (const page of opened) await page.close();
  },
});

export { expect };
