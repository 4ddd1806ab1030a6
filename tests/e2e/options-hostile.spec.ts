/**
 * Hostile and careless files and stored data, through the built extension (issue
 * 13): encodings, files that are not ours, damaged records, look-alike domains.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  backupOf,
  CUSTOMERS,
  chooseFile,
  openOptions,
  rowOf,
  seed,
  shownNames,
} from './options-fixtures';
import { setUpProfile, writeRaw } from './popup-helpers';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** An export of everything, without its date: what "unchanged" is compared against. */
async function exported(page: Page): Promise<unknown> {
  const backup = JSON.parse((await download(page, 'Export JSON')).text);
  return { ...backup, exportedAt: undefined };
}

/** Windows-1252 for Latin-1 letters is their code point. */
const cp1252 = (s: string) => Buffer.from([...s].map((c) => c.charCodeAt(0)));

const putRaw = (page: Page, store: 'customers' | 'invitations', value: unknown) =>
  writeRaw(page, store, { put: value });

test('a Windows-1252 Customers.csv is read with its accents intact and applied (item 6)', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const csv = `Microsoft ID,Company name,Primary domain name,Relationship\r\n5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d,Café Zürich,,Cloud Reseller\r\n`;
  await chooseFile(page, 'Customers.csv', cp1252(csv));
  await expect(page.getByText('Read as Windows-1252: the file is not UTF-8')).toBeVisible();
  const preview = page.getByRole('table', {
    name: "Partner Center's customers matched with yours",
  });
  await expect(preview.getByRole('cell', { name: 'Café Zürich', exact: true })).toBeVisible();
  await expect(preview).toContainText('matched Café Zürich by name: invitation accepted');
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(page.getByText('1 invitations marked accepted')).toBeVisible();
  await expect(rowOf(page, 'Café Zürich')).toContainText('Accepted');
});

test('a backup with a javascript: link is refused and the data is byte for byte unchanged (item 5)', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const before = await exported(page);
  const backup = backupOf(CUSTOMERS);
  backup.invitations[0]!.link = 'javascript:alert(document.domain)';
  await chooseFile(page, 'backup.json', JSON.stringify(backup));
  await expect(
    page.getByRole('alert').filter({ hasText: 'The file was not imported.' }),
  ).toContainText('the field "link" is not an invitation link the popup accepts');
  expect(await exported(page)).toEqual(before);
});

test('a file that cannot be read leaves the page usable (item 7)', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  // What the browser does when the picked file was deleted or moved before it is read.
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      Blob.prototype.arrayBuffer = read;
      return Promise.reject(
        new DOMException('A requested file could not be found', 'NotFoundError'),
      );
    };
  });
  await chooseFile(page, 'customers.csv', 'Name\r\nContoso\r\n');
  await expect(page.getByRole('alert')).toContainText('The file could not be read');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await chooseFile(page, 'customers.csv', 'Name\r\nContoso\r\n');
  await expect(page.getByRole('button', { name: 'Import 1 customers' })).toBeVisible();
});

test('a zip, a JSON list and null each get their own error (item 7)', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const files: [string, Buffer | string, string][] = [
    [
      'customers.xlsx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 0, 0]),
      'This is a ZIP archive',
    ],
    ['list.json', '[{"name":"Contoso"}]', 'The file holds a JSON list'],
    ['null.json', 'null', 'holds only the JSON value null'],
  ];
  for (const [name, content, says] of files) {
    await chooseFile(page, name, content);
    await expect(
      page.getByRole('alert').filter({ hasText: 'The file was not imported.' }),
    ).toContainText(says);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
});

test('damaged stored records are counted, exportable, and break neither the list nor Export CSV (items 1, 10)', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const contoso = backupOf(CUSTOMERS).customers.find((c) => c.id === 'c-contoso')!;
  // Stored before today's checks: times past JavaScript's date range.
  await putRaw(page, 'customers', {
    ...contoso,
    id: 'c-damaged',
    name: 'Damaged',
    nameKey: 'damaged',
    createdAt: 9e15,
  });
  const invitation = backupOf(CUSTOMERS).invitations.find((i) => i.customerId === 'c-contoso')!;
  await putRaw(page, 'invitations', {
    ...invitation,
    id: 'inv-damaged',
    sentAt: 9e15,
    history: [{ status: 'sent', at: 9e15 }],
  });
  await page.reload();
  await expect.poll(async () => (await shownNames(page)).length).toBe(6);
  await expect(
    page.getByText('1 stored customer records could not be read and are not listed.'),
  ).toBeVisible();

  const csv = await download(page, 'Export CSV');
  expect(csv.text.trim().split('\r\n')).toHaveLength(7);
  await expect(
    page.getByText(
      /CSV downloaded, but these damaged records could not be included: (c-damaged, inv-damaged|inv-damaged, c-damaged)/,
    ),
  ).toBeVisible();

  const raw = JSON.parse((await download(page, 'Export unreadable records')).text);
  expect(raw.damaged.map((d: { key: string }) => d.key).sort()).toEqual([
    'c-damaged',
    'inv-damaged',
  ]);
  expect(raw.damaged.find((d: { key: string }) => d.key === 'c-damaged').raw.createdAt).toBe(9e15);

  await page.getByRole('button', { name: 'Contoso B.V.', exact: true }).click();
  await expect(
    page.getByRole('dialog').getByText('1 damaged invitations of this customer cannot be shown.'),
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('names are isolated; a right-to-left override is refused at the door (item 11)', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await chooseFile(page, 'names.csv', 'Name\r\nمخبز القاهرة\r\nContoso \u202egnp.exe\u202c BV\r\n');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Rows that will not be imported' }),
  ).toContainText(
    'Row 3: the customer name contains an invisible control or text-direction character (U+202E)',
  );
  await page.getByRole('button', { name: 'Import 1 customers' }).click();
  await expect(page.getByText('Imported: 1 new customers')).toBeVisible();
  await expect(rowOf(page, 'مخبز القاهرة').locator('th bdi')).toHaveText('مخبز القاهرة');
});

test('the popup warns about a look-alike mail domain (item 11)', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await setUpProfile(popup);
  const email = popup.getByLabel('Contact email', { exact: true });
  await email.fill('it@micr\u043esoft.com');
  await expect(email).toHaveAccessibleDescription(
    /mixes Latin, Cyrillic letters, so it may imitate another domain/,
  );
  await email.fill('it@microsoft.com');
  await expect(email).not.toHaveAccessibleDescription(/imitate/);
});

test('a link template hiding another host behind a backslash is refused and not saved (item 9)', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const germany = page.getByLabel('Link template: Microsoft Cloud Germany');
  await germany.fill(
    'https://admin.microsoft.com\\@evil.example/Adminportal/Home?invType=ResellerRelationship&partnerId={partnerId}',
  );
  await page.getByRole('button', { name: 'Save link templates' }).click();
  await expect(germany).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('backslash');
  await page.reload();
  await expect(page.getByLabel('Link template: Microsoft Cloud Germany')).toHaveValue('');
});

test('a partner link in a form seen in real use is recognised and named, and still checked (links in the wild)', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const tenant = popup.getByLabel('Partner tenant ID', { exact: true });
  const id = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
  await tenant.fill(
    `https://businessstore.microsoft.com/manage/partner-invitation?invType=ResellerRelationship&partnerId=${id}&msppId=0`,
  );
  await expect(tenant).toHaveValue(id);
  await expect(
    popup.getByRole('status').filter({ hasText: 'Read from the Partner Center link' }),
  ).toContainText(
    'Link type: direct reseller link, current format (on businessstore.microsoft.com, without the DAP field: a form seen in real use',
  );
  await tenant.fill(
    `https://businessstore.microsoft.com/manage/partner-invitation?invType=ResellerRelationship&partnerId=${id}&msppId=0&next=https://evil.example`,
  );
  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expect(tenant).toHaveAccessibleDescription(/a field that invitation links do not have/);
});
