/**
 * The Firefox journeys' steps, by accessible name (docs/ARCHITECTURE.md, "The UI
 * contract"), as the Playwright helpers in tests/e2e/popup-helpers.ts do. ARIA
 * queries go to Firefox's own accessibility tree (BiDi `locateNodes`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'puppeteer-core';
import { expect } from 'vitest';

export const TENANT_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
export const DIRECT_LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT_ID}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
/** Gmail's CSP header since 2024: scripts may not assign HTML strings. */
export const GMAIL_TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'";
export const SUBJECT = 'Please authorize Fabrikam IT as your Microsoft partner';

type Role = 'textbox' | 'combobox' | 'searchbox' | 'button';

/**
 * The control with this role and exact accessible name. The role is always
 * given: a name alone also matches the label's text, and racing several roles
 * made each action seconds slower in Firefox. The popup is clicked while its tab
 * is hidden behind the webmail tab, where the locator's stability and viewport
 * waits (animation frames, an intersection observer) outlasted a 10 s timeout in
 * Firefox: they are off (the UI has no animations).
 */
export function byRole(page: Page, role: Role, name: string): Locator<Element> {
  return page
    .locator(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`)
    .setWaitForStableBoundingBox(false)
    .setEnsureElementIsInTheViewport(false);
}

export function fieldValue(page: Page, role: Role, name: string): Promise<string> {
  return byRole(page, role, name)
    .map((el) => (el as HTMLInputElement).value)
    .wait();
}

/** The texts of the live regions (`role=status` and `role=alert`) now shown. */
export function announcements(page: Page): Promise<string[]> {
  return page.$$eval('[role=status], [role=alert]', (els) =>
    els.map((el) => el.textContent?.trim() ?? '').filter(Boolean),
  );
}

/** Waits until a live region says `text`. */
export async function expectAnnounced(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => announcements(page), { timeout: 10_000 })
    .toContainEqual(expect.stringContaining(text));
}

/** First use: the popup asks for the profile; fill the required fields and save. */
export async function setUpProfile(page: Page): Promise<void> {
  await byRole(page, 'textbox', 'Partner tenant ID').fill(TENANT_ID);
  await byRole(page, 'textbox', 'Partner name').fill('Fabrikam IT');
  await byRole(page, 'textbox', 'Your name').fill('Pat Partner');
  await byRole(page, 'button', 'Save profile').click();
  await byRole(page, 'combobox', 'Customer name').wait();
}

/** The customer fields every happy path fills (`Customer name` suggests known customers). */
export async function fillCustomer(page: Page): Promise<void> {
  await byRole(page, 'combobox', 'Customer name').fill('Contoso B.V.');
  await byRole(page, 'textbox', 'Contact email').fill('jan@contoso.com');
  await byRole(page, 'textbox', 'Contact name').fill('Jan de Vries');
  await byRole(page, 'textbox', 'Customer domain').fill('contoso.com');
}

export interface StoredRecords {
  customers: Array<Record<string, unknown>>;
  invitations: Array<Record<string, unknown>>;
}

/** Everything in the extension's IndexedDB, read from an extension page. */
export function readDb(page: Page): Promise<StoredRecords> {
  return page.evaluate(
    () =>
      new Promise<StoredRecords>((resolve, reject) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['customers', 'invitations'].filter((n) => db.objectStoreNames.contains(n));
          if (names.length < 2) {
            db.close();
            resolve({ customers: [], invitations: [] });
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const customers = tx.objectStore('customers').getAll();
          const invitations = tx.objectStore('invitations').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ customers: customers.result, invitations: invitations.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const FIXTURES = join(import.meta.dirname, '../fixtures/webmail');

/** A webmail fixture page with its model script appended (inline scripts pass Gmail's CSP). */
export function fixturePage(html: string, model: string): string {
  const script = readFileSync(join(FIXTURES, model), 'utf8');
  return readFileSync(join(FIXTURES, html), 'utf8').replace(
    '</body>',
    `<script>${script}</script></body>`,
  );
}
