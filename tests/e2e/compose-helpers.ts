/**
 * The in-compose button and dialog (issue 11), shared by its end-to-end specs:
 * a profile saved in the popup, a known customer seeded, webmail fixtures
 * served at their real URLs, and the records read back from IndexedDB.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { readDb, setUpProfile, TENANT_ID } from './popup-helpers';
import { seedReturningCustomer } from './popup-seed';

export const SCREENS = join(import.meta.dirname, '../../test-results/screens-11');

/** The English and Dutch names of the product's controls (the UI contract). */
export const NAMES = {
  en: {
    button: 'Insert reseller invitation',
    dialog: 'Reseller invitation',
    customer: 'Customer',
    email: 'Contact email',
    insert: 'Insert',
  },
  nl: {
    button: 'Reseller-uitnodiging invoegen',
    dialog: 'Reseller-uitnodiging',
    customer: 'Klant',
    email: 'E-mailadres contactpersoon',
    insert: 'Invoegen',
  },
} as const;
export type Lang = keyof typeof NAMES;

/** The popup with a saved profile, and the known customer "Bakkerij de Zon" (sent 12 days ago). */
export async function readyExtension(
  openExtensionPage: (path: string) => Promise<Page>,
  { status = 'expired', viaStorage = false }: { status?: string; viaStorage?: boolean } = {},
): Promise<Page> {
  const popup = await openExtensionPage('popup.html');
  if (viaStorage) await storeProfile(popup);
  else await setUpProfile(popup);
  await seedReturningCustomer(popup, { status });
  return popup;
}

/** The profile written to storage as the popup saves it (for UI languages the helpers' labels do not name). */
export async function storeProfile(page: Page): Promise<void> {
  await page.evaluate(
    (tenantId) =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.sync.set({
        profile: {
          tenantId,
          partnerName: 'Fabrikam IT',
          senderName: 'Pat Partner',
          defaultCloud: 'public',
          defaultLanguage: 'nl',
        },
      }),
    TENANT_ID,
  );
}

export const composeButtons = (page: Page, lang: Lang = 'en') =>
  page.getByRole('button', { name: NAMES[lang].button, exact: true });

export const dialogOf = (page: Page, lang: Lang = 'en') =>
  page.getByRole('dialog', { name: NAMES[lang].dialog, exact: true });

/** Opens the dialog from the `index`th compose window's button and waits until it is interactive. */
export async function openDialog(page: Page, index = 0, lang: Lang = 'en'): Promise<Locator> {
  await composeButtons(page, lang).nth(index).click();
  const dialog = dialogOf(page, lang);
  await expect(dialog.getByRole('combobox', { name: NAMES[lang].customer })).toBeFocused();
  return dialog;
}

/** Searches the known customer and picks it from the suggestions. */
export async function pickKnownCustomer(dialog: Locator, lang: Lang = 'en'): Promise<void> {
  await dialog.getByRole('combobox', { name: NAMES[lang].customer }).fill('Bakk');
  const option = dialog.getByRole('option', { name: /Bakkerij de Zon/ });
  await expect(option).toBeVisible();
  await option.click();
}

/** The invitations in the extension's IndexedDB, newest last. */
export async function invitations(extensionPage: Page) {
  const { invitations } = await readDb(extensionPage);
  return [...invitations].sort((a, b) => Number(a.createdAt) - Number(b.createdAt));
}

export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await target.screenshot({ path: join(SCREENS, `${name}.png`) });
}
