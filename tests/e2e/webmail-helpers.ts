/**
 * Serving webmail fixture pages at their real URLs and driving the content
 * scripts from an extension page, shared by the webmail end-to-end specs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { roosterFixtureScript } from '../fixtures/webmail/roosterjs/bundle.mjs';
import { expect, GMAIL_TRUSTED_TYPES_CSP } from './fixtures';
import { fillCustomer, setUpProfile } from './popup-helpers';

export const FIXTURES = join(import.meta.dirname, '../fixtures/webmail');
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
export const GMAIL_HEADERS = { 'content-security-policy': GMAIL_TRUSTED_TYPES_CSP };
export const OUTLOOK_URL = 'https://outlook.office.com/mail/';

export const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f#/BillingAccounts/partner-invitation';
export const PAYLOAD = {
  to: 'it@contoso.com',
  subject: 'Invitation: Contoso Partner IT as your Microsoft reseller',
  text: `Hello Jan,\n\nPlease accept us as your Microsoft reseller:\n${LINK}\n\nKind regards,\nAnna`,
  link: LINK,
};

export interface Draft {
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
  links: string[];
  bodyEvents: number;
  /** Pastes the page's editor handled itself. */
  pastes?: number;
}

/** A fixture page with scripts inlined (inline scripts pass Gmail's CSP): `head` first, `body` last. */
export function fixturePage(
  html: string,
  scripts: { head?: string[]; body?: string[] } | string,
): string {
  const { head = [], body = [] } = typeof scripts === 'string' ? { body: [scripts] } : scripts;
  const inline = (names: string[]) =>
    names.map((name) => `<script>${readFileSync(join(FIXTURES, name), 'utf8')}</script>`).join('');
  return readFileSync(join(FIXTURES, html), 'utf8')
    .replace('</head>', `${inline(head)}</head>`)
    .replace('</body>', `${inline(body)}</body>`);
}

/** An Outlook fixture whose message body is a real roosterjs editor (roosterjs/editor.ts). */
export function roosterPage(html: string): string {
  return readFileSync(join(FIXTURES, html), 'utf8').replace(
    '</body>',
    `<script>${roosterFixtureScript()}</script><script>${readFileSync(
      join(FIXTURES, 'outlook-model.js'),
      'utf8',
    )}</script></body>`,
  );
}

type ServeHtml = (
  url: string | RegExp,
  html: string,
  options?: { headers?: Record<string, string> },
) => Promise<void>;

export async function openWebmail(
  context: BrowserContext,
  serveHtml: ServeHtml,
  url: string,
  html: string,
  headers: Record<string, string> = {},
): Promise<Page> {
  await serveHtml(url, html, { headers });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-csp-invitations', /gmail|outlook/);
  return page;
}

/** The slice of the extension API the tests call from an extension page. */
export interface ChromeTabs {
  tabs: {
    query(info: { url: string }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    create(properties: { url: string }): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
}

/** Sends a protocol message from an extension page to the webmail tab, as the popup does. */
export async function sendFromExtension(extensionPage: Page, tabUrl: string, message: unknown) {
  return extensionPage.evaluate(
    async ({ tabUrl, message }) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
      const [tab] = await chrome.tabs.query({ url: tabUrl });
      return chrome.tabs.sendMessage(tab!.id!, message);
    },
    { tabUrl, message },
  );
}

export const drafts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __drafts: Record<string, Draft> }).__drafts);

/** A popup with the profile saved and the customer filled in, ready for Insert into compose. */
export async function readyPopup(openExtensionPage: (path: string) => Promise<Page>) {
  const popup = await openExtensionPage('popup.html');
  await setUpProfile(popup);
  await fillCustomer(popup, { email: 'it@contoso.com', contact: 'Jan Jansen' });
  return popup;
}

/** Clicks Insert into compose and waits for the popup's confirmation or error. */
export async function clickInsert(popup: Page): Promise<string> {
  await popup.getByRole('button', { name: 'Insert into compose' }).click();
  const said = popup.locator('p.status:not(:empty)');
  await expect(said).toHaveCount(1);
  return (await said.textContent()) ?? '';
}
