/**
 * Helpers for the popup's end-to-end tests: fill the profile through the UI,
 * read IndexedDB and the clipboard back from an extension page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export const TENANT_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
export const PROVIDER_ID = '11111111-2222-4333-8444-555555555555';
export const DIRECT_LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT_ID}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
export const GDAP_LINK =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee-ffffffff-1111-4222-8333-444444444444';

export interface StoredRecords {
  customers: Array<Record<string, unknown>>;
  invitations: Array<Record<string, unknown>>;
}

/**
 * Writes straight to the database, past lib/db: no record check and no
 * announcement to other pages, as an older build, a bug or a change the page
 * has not heard of yet would leave it.
 */
export async function writeRaw(
  page: Page,
  store: 'customers' | 'invitations',
  change: { put: unknown } | { delete: string },
): Promise<void> {
  await page.evaluate(
    ([name, what]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          if ('put' in what) tx.objectStore(name).put(what.put);
          else tx.objectStore(name).delete(what.delete);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, change] as const,
  );
}

/** Everything in the extension's IndexedDB, read from an extension page. */
export async function readDb(page: Page): Promise<StoredRecords> {
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

/** Clipboard read-back needs the permission; extension origins cannot be named, so grant it to all. */
export async function allowClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * Reads every flavour of the clipboard. A read that overlaps the page's own
 * write fails with "Clipboard data has changed" (InvalidStateError); that read
 * is taken again, any other error is the test's.
 */
export async function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const [item] = await navigator.clipboard.read();
        const flavours: Record<string, string> = {};
        for (const type of item?.types ?? [])
          flavours[type] = await (await item!.getType(type)).text();
        return flavours;
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'InvalidStateError') || attempt >= 10)
          throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
}

/** First use: the popup asks for the profile; fill the required fields and save. */
export async function setUpProfile(
  page: Page,
  profile: {
    tenantId?: string;
    partnerName?: string;
    senderName?: string;
    partnerId?: string;
  } = {},
): Promise<void> {
  await page.getByLabel('Partner tenant ID', { exact: true }).fill(profile.tenantId ?? TENANT_ID);
  await page.getByLabel('Partner name', { exact: true }).fill(profile.partnerName ?? 'Fabrikam IT');
  await page.getByLabel('Your name', { exact: true }).fill(profile.senderName ?? 'Pat Partner');
  if (profile.partnerId)
    await page.getByLabel('PartnerID', { exact: true }).fill(profile.partnerId);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByLabel('Customer name', { exact: true })).toBeVisible();
}

/** The customer fields every happy path fills. */
export async function fillCustomer(
  page: Page,
  customer: { name?: string; email?: string; contact?: string; domain?: string } = {},
): Promise<void> {
  await page.getByLabel('Customer name', { exact: true }).fill(customer.name ?? 'Contoso B.V.');
  await page.getByLabel('Contact email', { exact: true }).fill(customer.email ?? 'jan@contoso.com');
  await page.getByLabel('Contact name', { exact: true }).fill(customer.contact ?? 'Jan de Vries');
  await page.getByLabel('Customer domain', { exact: true }).fill(customer.domain ?? 'contoso.com');
}

/** What would have opened: navigations to mailto: show up as requests. */
export function watchMailto(page: Page): string[] {
  const opened: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('mailto:')) opened.push(request.url());
  });
  return opened;
}

/** An error beside its field: aria-invalid, tied by aria-describedby, announced as an alert. */
export async function expectFieldError(page: Page, label: string, message: string | RegExp) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(
    typeof message === 'string' ? new RegExp(escapeRegExp(message)) : message,
  );
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Puts a marker on the clipboard, so a test can prove a refused Copy wrote nothing. */
export async function markClipboard(page: Page, marker = 'clipboard marker'): Promise<void> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), marker);
}

/** Waits until the popup saved its unfinished draft (it debounces by 150 ms). */
export async function savedDraft(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const got = await chromeApi.storage.local.get('unfinishedDraft');
    return got.unfinishedDraft as Record<string, unknown> | undefined;
  });
}

/** The request options sit behind a disclosure whose name starts with "Request options". */
export async function openRequestOptions(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Request options/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByLabel('Cloud', { exact: true })).toBeVisible();
}

/** The stored hand-over (storage.local `popupLastChannel`), as the popup keeps it. */
export async function storedHandover(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await api.storage.local.get('popupLastChannel')).popupLastChannel as
      | Record<string, unknown>
      | undefined;
  });
}
