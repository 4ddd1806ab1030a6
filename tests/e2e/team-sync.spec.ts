/**
 * Team sharing end to end (docs/MICROSOFT.md, "Team sharing"): two browser
 * profiles, each its own Chromium with its own IndexedDB, signed in through the
 * contract server and sharing through its SharePoint lists (tests/contract/graph-lists.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { addSite, deleteList, expireTokens, findList, sharePointOf } from '../contract/graph-lists';
import { type ContractServer, startContractServer } from '../contract/server';
import { expect, launchExtensionContext, test } from './fixtures';
import { CLIENT_ID, connectContract, microsoftCard, signInOnOptions } from './microsoft-fixtures';
import { CUSTOMERS, type SeedCustomer, seed, shownNames, statusCell } from './options-fixtures';
import { saveProfile, seriousViolations } from './options-pipeline-helpers';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

interface Profile {
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

async function profileOn(server: ContractServer, name: string): Promise<Profile> {
  const launched = await launchExtensionContext();
  await connectContract(launched.context, launched.extensionId, server);
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
  await expect(page.getByRole('table')).toBeVisible();
  await saveProfile(page, name);
  await signInOnOptions(page);
  return { page, context: launched.context, close: launched.close };
}

const teamCard = (page: Page) => page.getByRole('region', { name: 'Share with my team' });

async function share(page: Page): Promise<void> {
  const card = teamCard(page);
  await card.getByLabel('SharePoint site').fill('Partners');
  await card.getByRole('button', { name: 'Find site' }).click();
  await card.getByRole('button', { name: 'Share with Partners' }).click();
  await expect(card.getByRole('status')).toContainText('Synced:', { timeout: 60_000 });
}

/** "Sync now" and wait for its outcome; returns the status or alert text. */
async function syncNow(page: Page): Promise<string> {
  const card = teamCard(page);
  await card.getByRole('button', { name: 'Sync now' }).click();
  const done = card.getByRole('status').filter({ hasText: 'Synced:' }).or(card.getByRole('alert'));
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(card.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  return ((await done.first().textContent()) ?? '').trim();
}

async function openDetails(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  return page.getByRole('dialog', { name });
}

async function addNote(page: Page, name: string, text: string) {
  const dialog = await openDetails(page, name);
  await dialog.getByLabel('Notes').fill(text);
  await dialog.getByRole('button', { name: 'Save notes' }).click();
  await expect(dialog.getByText('Note saved.')).toBeVisible();
  await page.keyboard.press('Escape');
}

async function notesOf(page: Page, name: string): Promise<string[]> {
  const dialog = await openDetails(page, name);
  const items = dialog.getByRole('list', { name: 'Activity' }).getByRole('listitem');
  // The dialog reads the customer after it opens: wait for its timeline, then read it.
  await expect(items.first()).toBeVisible();
  const texts = await items.allInnerTexts();
  await page.keyboard.press('Escape');
  return texts.filter((t) => t.includes('Note by')).map((t) => t.replace(/\s+/g, ' ').trim());
}

let server: ContractServer;
let ann: Profile;
let bob: Profile;

test.beforeAll(async () => {
  server = await startContractServer({
    clientId: CLIENT_ID,
    extensionId: 'set-by-connect',
    maxRequests: 50_000,
    lifetimeMs: 15 * 60_000,
  });
  addSite(server.contract, 'contoso.sharepoint.com', '/sites/Partners', 'Partners');
  // Graph's lastModifiedBy for every write: the account both profiles sign in with.
  sharePointOf(server.contract).user = {
    displayName: 'Pat Partner',
    email: 'pat@contoso-partner.onmicrosoft.com',
  };
});

test.afterAll(async () => {
  await ann?.close();
  await bob?.close();
  await server?.close();
});

test("two profiles share one list: each sees the other's customers and edits", async () => {
  ann = await profileOn(server, 'Ann');
  await seed(ann.page);
  await share(ann.page);
  expect(findList(server.contract, 'CSP customers')!.items.size).toBe(CUSTOMERS.length);
  expect(await seriousViolations(ann.page)).toEqual([]);

  bob = await profileOn(server, 'Bob');
  await share(bob.page);
  await expect.poll(() => shownNames(bob.page)).toEqual(await shownNames(ann.page));

  // Both add a note to the same customer before either syncs: both notes kept on both.
  await addNote(ann.page, 'Contoso B.V.', 'Ann called IT');
  await addNote(bob.page, 'Contoso B.V.', 'Bob sent the link again');
  expect(await syncNow(ann.page)).toContain('Synced:');
  expect(await syncNow(bob.page)).toContain('Synced:');
  expect(await syncNow(ann.page)).toContain('Synced:');
  for (const p of [ann.page, bob.page]) {
    // The open page shows what the sync wrote through its live updates: polled, not slept.
    await expect
      .poll(async () => (await notesOf(p, 'Contoso B.V.')).join(' | '))
      .toMatch(
        /Note by Bob Bob sent the link again.*Note by Ann Ann called IT|Note by Ann Ann called IT.*Note by Bob Bob sent the link again/,
      );
  }
  // Who changed what, when: the team's record per field and Graph's lastModifiedBy.
  const details = await openDetails(bob.page, 'Contoso B.V.');
  const changes = details.getByRole('region', { name: 'Changes in the team list' });
  await expect(changes.getByRole('listitem').first()).toContainText(
    'Notes: changed by pat@contoso-partner.onmicrosoft.com',
  );
  await expect(changes).toContainText('Last saved in SharePoint by Pat Partner');
  expect(await seriousViolations(bob.page)).toEqual([]);
  await bob.page.keyboard.press('Escape');
});

test('different fields of one customer offline (a status here, a note there): both see both', async () => {
  const dialog = await openDetails(ann.page, 'Northwind Traders');
  await dialog.getByRole('button', { name: 'Status', exact: true }).click();
  await ann.page.getByRole('menu').getByRole('menuitem', { name: 'Accepted', exact: true }).click();
  await expect(statusCell(ann.page, 'Northwind Traders')).toHaveText('Accepted');
  await ann.page.keyboard.press('Escape');
  await addNote(bob.page, 'Northwind Traders', 'Bob: asked for the GDAP link');
  expect(await syncNow(ann.page)).toContain('Synced:');
  expect(await syncNow(bob.page)).toContain('Synced:');
  expect(await syncNow(ann.page)).toContain('Synced:');
  for (const p of [ann.page, bob.page]) {
    await expect(statusCell(p, 'Northwind Traders')).toHaveText('Accepted');
    await expect
      .poll(async () => (await notesOf(p, 'Northwind Traders')).join(' | '))
      .toContain('Bob: asked for the GDAP link');
  }
});

test('throttled (429 with Retry-After) and an expired delta token (410): delivered, no duplicates', async () => {
  await addNote(ann.page, 'Adatum Corporation', 'Ann: throttled once');
  server.inject({
    host: 'graph.microsoft.com#batch',
    path: /\/fields$/,
    times: 1,
    kind: 'status',
    status: 429,
    retryAfter: 1,
  });
  expect(await syncNow(ann.page)).toContain('Synced:');
  expireTokens(server.contract);
  const before = findList(server.contract, 'CSP customers')!.items.size;
  expect(await syncNow(bob.page)).toContain('Synced:');
  await expect(teamCard(bob.page)).toContainText('410');
  expect(findList(server.contract, 'CSP customers')!.items.size).toBe(before);
  await expect
    .poll(async () => (await notesOf(bob.page, 'Adatum Corporation')).join(' | '))
    .toContain('Ann: throttled once');
  expect(await shownNames(bob.page)).toEqual(await shownNames(ann.page));
});

test('one deletes after the other edited: the delete wins on both', async () => {
  await addNote(bob.page, 'Fabrikam, Inc.', 'Bob: still interested');
  const dialog = await openDetails(ann.page, 'Fabrikam, Inc.');
  await dialog.getByRole('button', { name: 'Delete customer' }).click();
  await expect(ann.page.getByText('Fabrikam, Inc. was deleted.')).toBeVisible();
  expect(await syncNow(bob.page)).toContain('Synced:');
  expect(await syncNow(ann.page)).toContain('Synced:');
  expect(await syncNow(bob.page)).toContain('Synced:');
  await expect.poll(() => shownNames(bob.page)).not.toContain('Fabrikam, Inc.');
  expect(await shownNames(bob.page)).toEqual(await shownNames(ann.page));
});

test('lost permission (403): a clear message, the change kept and sent once access is back', async () => {
  await addNote(ann.page, 'Contoso B.V.', 'Ann: sent during an outage');
  server.inject({
    host: 'graph.microsoft.com',
    path: /\$batch$/,
    times: 1,
    skip: 0,
    kind: 'status',
    status: 403,
  });
  const failed = await syncNow(ann.page);
  expect(failed).toMatch(/refused \(403\).*Edit \(member\) rights.*kept here/);
  await expect(teamCard(ann.page)).toContainText('1 customers wait to be sent.');
  expect(await syncNow(ann.page)).toContain('Synced:');
  expect(await syncNow(bob.page)).toContain('Synced:');
  await expect
    .poll(async () => (await notesOf(bob.page, 'Contoso B.V.')).join(' | '))
    .toContain('Ann: sent during an outage');
});

test('a thousand customers reach a new profile in one first sync, without duplicates', async () => {
  const many: SeedCustomer[] = Array.from({ length: 1000 }, (_, n) => ({
    id: `c-bulk-${n}`,
    name: `Customer ${String(n).padStart(4, '0')}`,
    domain: `customer${n}.example`,
    sentDaysAgo: 3 + (n % 20),
    status: 'sent',
  }));
  await seed(ann.page, many);
  expect(await syncNow(ann.page)).toContain('Synced:');
  const carol = await profileOn(server, 'Carol');
  try {
    await share(carol.page);
    await expect(teamCard(carol.page).getByRole('status')).toContainText(
      /Synced: \d+ records read/,
    );
    const db = await carol.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('csp-reseller-invitations');
          open.onsuccess = () => {
            const count = open.result.transaction('customers').objectStore('customers').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(db).toBe(1000);
    // Replace all data on Ann deleted the earlier customers: tombstones, not duplicates.
    const live = [...findList(server.contract, 'CSP customers')!.items.values()].filter(
      (i) => !i.deleted && i.fields.Deleted == null,
    );
    expect(live).toHaveLength(1000);
  } finally {
    await carol.close();
  }
});

test('the list deleted in SharePoint: said plainly, nothing lost here, the change still waiting', async () => {
  await addNote(ann.page, 'Customer 0001', 'Ann: after the list was deleted');
  const before = await shownNames(ann.page);
  deleteList(server.contract, 'CSP customers');
  const failed = await syncNow(ann.page);
  expect(failed).toMatch(/“CSP customers” is gone from Partners.*kept here/);
  await expect(teamCard(ann.page)).toContainText('1 customers wait to be sent.');
  expect(await shownNames(ann.page)).toEqual(before);
  await expect
    .poll(async () => (await notesOf(ann.page, 'Customer 0001')).join(' | '))
    .toContain('Ann: after the list was deleted');
  // Stopping sharing keeps every record.
  await teamCard(ann.page).getByRole('button', { name: 'Stop sharing' }).click();
  await expect(teamCard(ann.page).getByRole('status')).toContainText('Sharing stopped.');
  expect(await shownNames(ann.page)).toEqual(before);
  await expect(teamCard(ann.page).getByLabel('SharePoint site')).toBeVisible();
});

test('the Microsoft card with team sharing is accessible, the site search by keyboard', async () => {
  await expect(microsoftCard(ann.page)).toBeVisible();
  const card = teamCard(ann.page);
  await card.getByLabel('SharePoint site').fill('nothing-like-it');
  await card.getByLabel('SharePoint site').press('Enter');
  await expect(card.getByRole('status')).toContainText('No site matches “nothing-like-it”');
  await card
    .getByLabel('SharePoint site')
    .fill('https://contoso.sharepoint.com/sites/Partners/Lists/x');
  await card.getByLabel('SharePoint site').press('Enter');
  const results = card.getByRole('list', { name: 'Sites found' });
  await expect(results.getByRole('button', { name: 'Share with Partners' })).toBeVisible();
  expect(await seriousViolations(ann.page)).toEqual([]);
  // Not an address of SharePoint: said, nothing asked of Graph.
  const asked = server.contract.log.length;
  await card.getByLabel('SharePoint site').fill('https://example.com/sites/x');
  await card.getByLabel('SharePoint site').press('Enter');
  await expect(card.getByRole('alert')).toContainText('not a SharePoint address');
  expect(server.contract.log.length).toBe(asked);
});
