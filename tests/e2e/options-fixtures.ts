// Data and steps shared by the options page's end-to-end tests: customers are
// seeded through the page's own `Import file` input with a JSON backup.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const DAY = 24 * 60 * 60 * 1000;
const TENANT = '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f';
export const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
export const GDAP_LINK =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

export interface SeedCustomer {
  id: string;
  name: string;
  contactName?: string;
  contactEmail?: string;
  domain?: string;
  cloud?: 'public' | 'us-government' | 'germany' | 'china';
  tenantId?: string;
  /** Days ago the one invitation was sent; none when undefined. */
  sentDaysAgo?: number;
  status?: 'sent' | 'accepted' | 'declined' | 'expired' | 'cancelled' | 'removed';
  adminPrivileges?: boolean;
  gdapLink?: string;
  /** Undated notes, as records from before dated notes (and CSV imports) have them. */
  notes?: string;
}

const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function backupOf(customers: SeedCustomer[], now = Date.now()) {
  const invitations = customers
    .filter((c) => c.sentDaysAgo !== undefined)
    .map((c) => {
      const sentAt = Math.round(now - (c.sentDaysAgo ?? 0) * DAY);
      const status = c.status ?? 'sent';
      const history: { status: string; at: number }[] = [{ status: 'sent', at: sentAt }];
      if (status === 'removed') history.push({ status: 'accepted', at: sentAt + DAY });
      if (status !== 'sent') history.push({ status, at: sentAt + 2 * DAY });
      return {
        id: `inv-${c.id}`,
        customerId: c.id,
        relationshipType: 'direct',
        purpose: 'new-relationship',
        cloud: c.cloud ?? 'public',
        adminPrivileges: c.adminPrivileges ?? false,
        ...(c.gdapLink ? { gdapLink: c.gdapLink } : {}),
        link: LINK,
        language: 'en',
        subject: `Reseller relationship with ${c.name}`,
        text: `Dear ${c.contactName ?? 'customer'},\n\nPlease accept: ${LINK}\n\nKind regards`,
        channel: 'gmail',
        status,
        history,
        createdAt: sentAt,
        sentAt,
      };
    });
  return {
    format: 'csp-reseller-invitations-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    customers: customers.map((c) => ({
      id: c.id,
      name: c.name,
      nameKey: nameKey(c.name),
      contactName: c.contactName ?? '',
      contactEmail: c.contactEmail ?? '',
      domain: c.domain ?? '',
      ...(c.tenantId ? { tenantId: c.tenantId } : {}),
      cloud: c.cloud ?? 'public',
      notes: c.notes ?? '',
      createdAt: now - 100 * DAY,
      updatedAt: now - 100 * DAY,
    })),
    invitations,
  };
}

export const CUSTOMERS: SeedCustomer[] = [
  {
    id: 'c-cafe',
    name: 'Café Zürich',
    contactName: 'Anna Müller',
    contactEmail: 'anna@cafe-zurich.ch',
    domain: 'cafe-zurich.ch',
    sentDaysAgo: 10,
  },
  {
    id: 'c-contoso',
    name: 'Contoso B.V.',
    contactName: 'Bob',
    contactEmail: 'bob@contoso.nl',
    domain: 'contoso.nl',
    sentDaysAgo: 2,
    adminPrivileges: true,
  },
  {
    id: 'c-fabrikam',
    name: 'Fabrikam, Inc.',
    contactEmail: 'it@fabrikam.com',
    domain: 'fabrikam.com',
    cloud: 'germany',
    sentDaysAgo: 30,
    status: 'accepted',
  },
  {
    id: 'c-northwind',
    name: 'Northwind Traders',
    domain: 'northwindtraders.com',
    sentDaysAgo: 80,
    gdapLink: GDAP_LINK,
  },
  { id: 'c-adatum', name: 'Adatum Corporation', domain: 'adatum.com' },
  {
    id: 'c-litware',
    name: 'Litware, Ltd.',
    domain: 'litware.com',
    sentDaysAgo: 60,
    status: 'removed',
  },
];

export async function openOptions(
  openExtensionPage: (path: string) => Promise<Page>,
  hash = '',
): Promise<Page> {
  const page = await openExtensionPage(`options.html${hash}`);
  await expect(page.getByRole('table')).toBeVisible();
  return page;
}

/** Imports a file through the page's own `Import file` input. */
export async function chooseFile(
  page: Page,
  name: string,
  content: string | Buffer,
  label = 'Import file',
): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const mimeType = name.endsWith('.json') ? 'application/json' : 'text/csv';
  await page.getByLabel(label).setInputFiles({ name, mimeType, buffer });
}

/** Restores a backup (Replace all data) and waits for the list to show it; `words` for another UI language. */
export async function seed(
  page: Page,
  customers: SeedCustomer[] = CUSTOMERS,
  words: { file: string; confirm: string; done: string; dismiss: string } = {
    file: 'Import file',
    confirm: 'Replace all data',
    done: `Imported ${customers.length} customers`,
    dismiss: 'Dismiss',
  },
): Promise<void> {
  await chooseFile(page, 'seed.json', JSON.stringify(backupOf(customers)), words.file);
  await page.getByRole('button', { name: words.confirm }).click();
  await expect(page.getByText(words.done)).toBeVisible();
  await page.getByRole('button', { name: words.dismiss }).first().click();
}

/** The customer names in the order the table shows them. */
export function shownNames(page: Page): Promise<string[]> {
  return page.locator('table.customers tbody th[scope=row]').allInnerTexts();
}

export function rowOf(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The row's Status cell: the latest invitation's status as text (UI contract). */
export function statusCell(page: Page, name: string) {
  return rowOf(page, name).getByRole('cell').nth(5);
}

/** Changes a customer's status through its row's `Status` menu. */
export async function chooseStatus(page: Page, name: string, status: string): Promise<void> {
  await rowOf(page, name).getByRole('button', { name: 'Status', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: status, exact: true }).click();
}
