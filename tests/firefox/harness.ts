/**
 * Firefox ESR with the built extension (.output/firefox-mv3), driven by
 * puppeteer-core over WebDriver BiDi. One browser per test keeps storage and
 * IndexedDB apart, as the Chromium fixtures do. Firefox's quirks are handled here
 * so the journeys read like the Playwright specs (docs/ARCHITECTURE.md, Tests).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/firefox-mv3');
/** The gecko id in wxt.config.ts. */
export const EXTENSION_ID = 'reseller-invitations@csp-tools.example';
/** Pinned through `extensions.webextensions.uuids`, so extension URLs are known before install. */
export const EXTENSION_UUID = '5c0f1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Which Firefox: `FIREFOX_PATH` when set, else Debian's firefox-esr, else a system firefox. */
export function firefoxExecutable(): string {
  const { FIREFOX_PATH } = process.env;
  const candidates = FIREFOX_PATH ? [FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox tests. Install Firefox ESR: on Debian/Ubuntu ' +
        '`apt-get install -y firefox-esr` (.ci/run does this), or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return found;
}

/** The raw BiDi connection: puppeteer-core has it on its BiDi browser, but not in its types. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/**
 * Firefox's own modules log through named console instances (`console.error:
 * RSLoader: …` when Nimbus cannot sync offline) and print to stdout whatever the
 * pref. A page's arguments are printed as source (`"text"`, `(new Error(…))`),
 * never as a bare `Name: `.
 */
const FIREFOX_OWN = /^console\.error: [A-Za-z][\w.-]*: /;

export interface Firefox {
  browser: Browser;
  /** What `webExtension.install` answered: the extension's id. */
  installedId: string;
  /** Opens `popup.html`, `options.html`… of the extension in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens `url` (a real webmail URL) in a new tab, answered with `html` by request interception. */
  openWebmail(url: string, html: string, headers?: Record<string, string>): Promise<Page>;
  /** Every console error and uncaught error so far, of every page and the background. */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    // Without it, Firefox's BiDi cannot reach moz-extension: pages (nor the browser console).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      // Console API calls of every page, extension pages and background included, to stdout:
      // BiDi reports no log entries for moz-extension: pages.
      'devtools.console.stdout.content': true,
    },
  });
  const consoleLines: string[] = [];
  let connection: BidiConnection;
  let installedId: string;
  try {
    const stdout = browser.process()?.stdout;
    if (!stdout) throw new Error("cannot read Firefox's stdout, so neither its console");
    createInterface({ input: stdout }).on('line', (line) => {
      if (line.startsWith('console.error: ') && !FIREFOX_OWN.test(line)) consoleLines.push(line);
    });
    const raw = (browser as unknown as { connection?: BidiConnection }).connection;
    if (!raw) throw new Error('puppeteer-core no longer exposes its BiDi connection');
    connection = raw;
    installedId = await browser.installExtension(EXTENSION_PATH);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  };

  return {
    browser,
    installedId,
    async openExtensionPage(path) {
      const page = await newPage();
      // page.goto waits for a navigation event Firefox never sends for moz-extension:
      // pages; the BiDi command itself returns once the page has loaded.
      const frame = page.mainFrame() as unknown as {
        browsingContext?: { navigate(url: string, wait: 'complete'): Promise<void> };
      };
      if (!frame.browsingContext) throw new Error('puppeteer-core changed its BiDi frame');
      await frame.browsingContext.navigate(`${EXTENSION_ORIGIN}/${path}`, 'complete');
      return page;
    },
    async openWebmail(url, html, headers = {}) {
      const page = await newPage();
      const target = url.replace(/#.*$/, '');
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // resourceType() is not supported over BiDi; the page itself is the navigation.
        if (request.isNavigationRequest() && request.url().replace(/#.*$/, '') === target) {
          void request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers,
            body: html,
          });
        } else {
          // Nothing else exists offline (favicon and the like).
          void request.abort();
        }
      });
      await page.goto(url);
      return page;
    },
    async consoleErrors() {
      return [...consoleLines, ...(await scriptErrors(connection))];
    },
    close: () => browser.close(),
  };
}

/**
 * Uncaught errors and rejections, read from the browser console (the parent
 * process's console service, which every process reports to): BiDi's log events,
 * and so puppeteer's `pageerror`, never fire for extension pages.
 */
/**
 * Firefox's own notes, not our errors: an extension API call that was still
 * under way when its page closed (the popup closes all the time) answers into a
 * page that is gone. Real popups do the same.
 */
const AFTER_UNLOAD = [
  'Promise resolved after context unloaded',
  'Promise rejected after context unloaded',
];

async function scriptErrors(connection: BidiConnection): Promise<string[]> {
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [chrome] = tree.result.contexts as Array<{ context: string }>;
  if (!chrome) throw new Error('no chrome window to read the browser console from');
  const { result } = await connection.send('script.evaluate', {
    target: { context: chrome.context },
    awaitPromise: false,
    expression: `JSON.stringify(Services.console.getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError
        && !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag))
        && !/^(chrome|resource):/.test(m.sourceName)
        && !${JSON.stringify(AFTER_UNLOAD)}.includes(m.errorMessage.trim()))
      .map((m) => m.sourceName + ': ' + m.errorMessage))`,
  });
  const value = result.result as { type: string; value?: string };
  if (value.type !== 'string' || value.value === undefined) {
    throw new Error(`could not read the browser console: ${JSON.stringify(result)}`);
  }
  return JSON.parse(value.value) as string[];
}
