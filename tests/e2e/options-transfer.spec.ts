/** Import and export on the options page: round trips, Partner Center, and bad files. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  backupOf,
  CUSTOMERS,
  chooseFile,
  chooseStatus,
  openOptions,
  seed,
  shownNames,
  statusCell,
} from './options-fixtures';

const CUSTOMERS_CSV = resolve(import.meta.dirname, '../fixtures/transfer/Customers.csv');

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Names and statuses as shown: what "nothing changed" is checked against. */
async function snapshot(page: Page): Promise<string[]> {
  const rows = page.locator('table.customers tbody tr:not(.spacer)');
  const count = await rows.count();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const name = (await row.locator('th').textContent()) ?? '';
    const status = (await row.getByRole('cell').nth(5).textContent()) ?? '';
    out.push(`${name}: ${status}`);
  }
  return out;
}

test('JSON backup: export, import, export again gives back exactly the same data', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  // Some history and notes, so the round trip carries more than the seed.
  await chooseStatus(page, 'Café Zürich', 'Accepted');
  await page.getByRole('button', { name: 'Contoso B.V.', exact: true }).click();
  await page.getByLabel('Notes').fill('Call Bob on Monday — "urgent" <b>');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('Note saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  const first = await download(page, 'Export JSON');
  expect(first.name).toMatch(/^csp-invitations-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(first.text);
  expect(exported.customers).toHaveLength(6);
  expect(exported.invitations).toHaveLength(5);

  // Change things, then restore the backup: everything is as exported.
  await page.getByRole('checkbox', { name: 'Select all shown customers' }).check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByText('No customers yet.')).toBeVisible();
  await chooseFile(page, first.name, first.text);
  await expect(page.getByText('This backup holds 6 customers and 5 invitations')).toBeVisible();
  await page.getByRole('button', { name: 'Replace all data' }).click();
  await expect(page.getByText('Imported 6 customers and 5 invitations.')).toBeVisible();
  await expect.poll(() => shownNames(page)).toHaveLength(6);

  const second = JSON.parse((await download(page, 'Export JSON')).text);
  expect({ ...second, exportedAt: 'x' }).toEqual({ ...exported, exportedAt: 'x' });
  expect(second.customers.find((c: { id: string }) => c.id === 'c-contoso').noteEntries).toEqual([
    { at: expect.any(Number), author: '', text: 'Call Bob on Monday — "urgent" <b>' },
  ]);
});

test('Export CSV writes the list with a BOM, one row per customer', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const csv = await download(page, 'Export CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.startsWith('\uFEFFName,Contact name,Contact email,Domain')).toBe(true);
  expect(csv.text).toContain('Café Zürich,Anna Müller,anna@cafe-zurich.ch,cafe-zurich.ch');
  expect(csv.text).toContain('"Fabrikam, Inc."');
  expect(csv.text.trim().split('\r\n')).toHaveLength(7);
});

test("Partner Center's Customers.csv: matching invitations become accepted, unmatched rows are listed", async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  await chooseFile(page, 'Customers.csv', readFileSync(CUSTOMERS_CSV));
  await expect(
    page.getByText('Partner Center lists 9 customers: 3 invitations become accepted'),
  ).toBeVisible();
  const unmatched = page.getByRole('heading', { name: 'Not found among your customers (3)' });
  await expect(unmatched).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Tailspin Toys' })).toBeVisible();
  // Nothing is written before the partner applies it.
  await expect(statusCell(page, 'Northwind Traders')).toHaveText('Sent');

  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(page.getByText('3 invitations marked accepted')).toBeVisible();
  for (const name of ['Café Zürich', 'Contoso B.V.', 'Northwind Traders']) {
    await expect(statusCell(page, name)).toHaveText('Accepted');
  }
  await page.getByRole('button', { name: 'Northwind Traders', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a')).toBeVisible();
  await expect(dialog.getByText('Accepted (Partner Center export)')).toBeVisible();
});

test('a customer CSV shows a preview with per-row errors and duplicates before it imports', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const csv = [
    'Customer name,Contact email,Domain',
    'Tailspin Toys,sam@tailspintoys.com,tailspintoys.com',
    'Broken Mail Ltd,sam@,broken.com',
    'Tailspin Toys,sam@tailspintoys.com,tailspintoys.com',
    '"Café Zürich",anna@cafe-zurich.ch,cafe-zurich.ch',
  ].join('\n');
  await chooseFile(page, 'customers.csv', csv);
  await expect(page.getByText('4 rows: 1 new customers, 1 updates')).toBeVisible();
  const problems = page.getByRole('alert').filter({ hasText: 'Rows that will not be imported' });
  await expect(problems).toContainText("Row 3: the e-mail address 'sam@' is not valid.");
  await expect(problems).toContainText('Row 4: Tailspin Toys repeats row 2.');
  await expect(page.getByRole('table', { name: 'What each row does' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 customers' }).click();
  await expect(
    page.getByText('Imported: 1 new customers, 1 updated, 2 rows skipped.'),
  ).toBeVisible();
  await expect.poll(() => shownNames(page)).toContain('Tailspin Toys');
  await expect.poll(() => shownNames(page)).not.toContain('Broken Mail Ltd');
});

test('a long import shows its progress', async ({ openExtensionPage }) => {
  const page = await openOptions(openExtensionPage);
  const rows = Array.from(
    { length: 30_000 },
    (_, i) => `Customer ${i},c${i}@example.com,c${i}.example.com`,
  );
  await chooseFile(page, 'big.csv', ['Name,Email,Domain', ...rows].join('\n'));
  await expect(page.getByRole('progressbar', { name: 'Checking the file' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 30000 customers' })).toBeVisible({
    timeout: 20_000,
  });
});

const truncated = () => {
  const text = JSON.stringify(backupOf(CUSTOMERS));
  return text.slice(0, Math.floor(text.length / 2));
};
const duplicateIds = () => {
  const backup = backupOf(CUSTOMERS);
  backup.customers.push({ ...backup.customers[0]!, name: 'Someone else' });
  return JSON.stringify(backup);
};
const tenMegabytes = () => {
  const row = 'Some Customer Name With A Long Name,someone@example.com,example.com\n';
  return `Name,Email,Domain\n${row.repeat(Math.ceil((10 * 1024 * 1024) / row.length))}`;
};

const BAD_FILES: { what: string; name: string; content: () => string; says: string }[] = [
  {
    what: 'truncated JSON',
    name: 'backup.json',
    content: truncated,
    says: 'looks cut off (truncated)',
  },
  {
    what: 'wrong columns',
    name: 'customers.csv',
    content: () => 'Foo,Bar,Baz\n1,2,3\n4,5,6\n',
    says: 'The file has no column with the customer name',
  },
  {
    what: '10 MB',
    name: 'huge.csv',
    content: tenMegabytes,
    says: 'files over 5 MB are not imported',
  },
  {
    what: 'duplicate ids',
    name: 'backup.json',
    content: duplicateIds,
    says: 'has the same id (c-cafe) as customer 1',
  },
  {
    what: 'a row of the wrong width',
    name: 'customers.csv',
    content: () => 'Name,Email\nContoso, Ltd.,x@contoso.com\n',
    says: 'Row 2 has 3 cells where the header has 2',
  },
];

for (const bad of BAD_FILES) {
  test(`a bad file is refused with the reason, and nothing changes: ${bad.what}`, async ({
    openExtensionPage,
  }) => {
    const page = await openOptions(openExtensionPage);
    await seed(page);
    const before = await snapshot(page);
    await chooseFile(page, bad.name, bad.content());
    const alert = page.getByRole('alert').filter({ hasText: 'The file was not imported.' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText(bad.says);
    expect(await snapshot(page)).toEqual(before);
    await page.reload();
    await expect.poll(() => snapshot(page)).toEqual(before);
  });
}

test('HTML and script in a name are shown as text and never run', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const page = await openOptions(openExtensionPage);
  const names = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '"><svg onload=window.__pwned=3>',
  ];
  const csv = ['Name,Notes', ...names.map((n) => `"${n.replace(/"/g, '""')}",<b>bold</b>`)].join(
    '\n',
  );
  await chooseFile(page, 'evil.csv', csv);
  await expect(page.getByRole('cell', { name: names[0], exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 customers' }).click();
  await expect(page.getByText('Imported: 3 new customers')).toBeVisible();
  await expect.poll(async () => (await shownNames(page)).sort()).toEqual([...names].sort());
  await page.getByRole('button', { name: names[0], exact: true }).click();
  await expect(page.getByRole('dialog', { name: names[0] })).toBeVisible();
  // Notes from a CSV have no date: the activity shows them as they came, as text.
  const activity = page.getByRole('dialog').getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('listitem').last()).toContainText('<b>bold</b>');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The overview's own chart is the only SVG on the page.
  expect(
    await page
      .locator('main img, main script, main svg:not(figure.chart > svg), dialog img, dialog svg')
      .count(),
  ).toBe(0);
  expect(pageErrors).toEqual([]);
});
