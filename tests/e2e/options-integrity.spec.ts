/**
 * Integrity across tabs (issue 13): an import applies to what is stored when the
 * partner clicks Apply, an edit to the version it opened; with two options tabs
 * (and the popup) working on the same customers.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFile, openOptions, rowOf, seed, shownNames } from './options-fixtures';
import { readDb, setUpProfile, writeRaw } from './popup-helpers';

async function openDetails(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.getByLabel('Notes')).toBeVisible();
  return dialog;
}

async function addNote(page: Page, name: string, text: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByLabel('Notes').fill(text);
  await dialog.getByRole('button', { name: 'Save notes' }).click();
}

const customerOf = async (page: Page, id: string) =>
  (await readDb(page)).customers.find((c) => c.id === id);
const noteTexts = async (page: Page, id: string) =>
  (
    ((await customerOf(page, id)) as { noteEntries?: { text: string }[] } | undefined)
      ?.noteEntries ?? []
  )
    .map((n) => n.text)
    .sort();

/** Two tabs on the seeded list; tab B has Contoso's details open with a note typed, not saved. */
async function noteUnsavedInTabB(openExtensionPage: (path: string) => Promise<Page>) {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  const b = await openOptions(openExtensionPage);
  const inB = await openDetails(b, 'Contoso B.V.');
  await inB.getByLabel('Notes').fill('Call on Monday');
  return { a, b, inB };
}

test('a customer deleted in one tab is not brought back by a note from another (item 4)', async ({
  openExtensionPage,
}) => {
  const { a, b, inB } = await noteUnsavedInTabB(openExtensionPage);

  const inA = await openDetails(a, 'Contoso B.V.');
  await inA.getByRole('button', { name: 'Delete customer' }).click();
  await expect(a.getByText('Contoso B.V. was deleted.')).toBeVisible();

  // Tab B hears of the deletion and says so; its note cannot be saved any more.
  await expect(inB.getByRole('alert')).toContainText('deleted');
  await expect(inB.getByRole('button', { name: 'Save notes' })).toHaveCount(0);
  expect((await readDb(b)).customers.map((c) => c.id)).not.toContain('c-contoso');
  await expect.poll(() => shownNames(b)).not.toContain('Contoso B.V.');
});

test('a note saved in a tab that has not heard of the deletion yet is refused; the customer stays deleted (item 4)', async ({
  openExtensionPage,
}) => {
  const { a, b, inB } = await noteUnsavedInTabB(openExtensionPage);
  // Deleted behind tab B's back: straight in the database, with no announcement
  // for B to hear (as when B's page was busy or its channel closed).
  await writeRaw(a, 'customers', { delete: 'c-contoso' });
  await inB.getByRole('button', { name: 'Save notes' }).click();
  // Refused, and the details say so as when B hears of a deletion.
  await expect(inB.getByRole('alert')).toContainText(
    'This customer was deleted, in this tab or another one. Nothing was saved',
  );
  await expect(inB.getByRole('button', { name: 'Save notes' })).toHaveCount(0);
  expect((await readDb(b)).customers.map((c) => c.id)).not.toContain('c-contoso');
  await expect.poll(() => shownNames(b)).not.toContain('Contoso B.V.');
});

test('two tabs adding notes to one customer at once: both notes are kept (item 4)', async ({
  openExtensionPage,
}) => {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  const b = await openOptions(openExtensionPage);
  const inA = await openDetails(a, 'Café Zürich');
  const inB = await openDetails(b, 'Café Zürich');

  await inA.getByLabel('Notes').fill('from tab A');
  await inB.getByLabel('Notes').fill('from tab B');
  await Promise.all([
    inA.getByRole('button', { name: 'Save notes' }).click(),
    inB.getByRole('button', { name: 'Save notes' }).click(),
  ]);
  await expect(inA.getByText('Note saved.')).toBeVisible();
  await expect(inB.getByText('Note saved.')).toBeVisible();
  await expect.poll(() => noteTexts(a, 'c-cafe')).toEqual(['from tab A', 'from tab B']);
  // Each tab's activity shows the other's note too, without a reload.
  const activityA = inA.getByRole('list', { name: 'Activity' });
  const activityB = inB.getByRole('list', { name: 'Activity' });
  await expect(activityA).toContainText('from tab B');
  await expect(activityB).toContainText('from tab A');
});

test('a note cannot overwrite a change the popup recorded meanwhile (item 4, popup)', async ({
  openExtensionPage,
}) => {
  const options = await openOptions(openExtensionPage);
  await seed(options);
  await openDetails(options, 'Contoso B.V.');

  const popup = await openExtensionPage('popup.html');
  await setUpProfile(popup);
  await popup.getByLabel('Customer name', { exact: true }).fill('Contoso B.V.');
  await popup.getByLabel('Contact email', { exact: true }).fill('bob@contoso.nl');
  await popup.getByLabel('Contact name', { exact: true }).fill('Bob Jansen');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();

  await addNote(options, 'Contoso B.V.', 'typed before Done');
  const dialog = options.getByRole('dialog', { name: 'Contoso B.V.' });
  await expect(dialog.getByText('Note saved.')).toBeVisible();
  expect(await customerOf(options, 'c-contoso')).toMatchObject({ contactName: 'Bob Jansen' });
  expect(await noteTexts(options, 'c-contoso')).toEqual(['typed before Done']);
  await expect(dialog.getByText('Bob Jansen', { exact: true })).toBeVisible();
});

test('Partner Center Apply keeps notes typed in another tab after the preview (item 2)', async ({
  openExtensionPage,
}) => {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  const csv = `Microsoft ID,Company name,Primary domain name,Relationship\r\nc0ffee00-1234-4abc-8def-0123456789ab,Contoso B.V.,contoso.nl,Cloud Reseller\r\n`;
  await chooseFile(a, 'Customers.csv', csv);
  await expect(a.getByRole('button', { name: 'Apply these changes' })).toBeVisible();

  const b = await openOptions(openExtensionPage);
  await openDetails(b, 'Contoso B.V.');
  await addNote(b, 'Contoso B.V.', 'typed in tab B');
  await expect(b.getByText('Note saved.')).toBeVisible();

  await a.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(a.getByText('1 invitations marked accepted and 1 tenant IDs stored')).toBeVisible();
  expect(await customerOf(a, 'c-contoso')).toMatchObject({
    tenantId: 'c0ffee00-1234-4abc-8def-0123456789ab',
  });
  expect(await noteTexts(a, 'c-contoso')).toEqual(['typed in tab B']);
  await expect(rowOf(a, 'Contoso B.V.')).toContainText('Accepted');
});

test('customer CSV Apply keeps notes edited and customers deleted after the preview (item 3)', async ({
  openExtensionPage,
}) => {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  const csv =
    'Name,Contact name,Domain\r\nContoso B.V.,Bob Jansen,contoso.nl\r\nAdatum Corporation,Eve,adatum.com\r\n';
  await chooseFile(a, 'customers.csv', csv);
  await expect(a.getByRole('button', { name: 'Import 2 customers' })).toBeVisible();

  const b = await openOptions(openExtensionPage);
  await openDetails(b, 'Contoso B.V.');
  await addNote(b, 'Contoso B.V.', 'typed in tab B');
  await expect(b.getByText('Note saved.')).toBeVisible();
  await b.getByRole('button', { name: 'Close' }).click();
  const adatum = await openDetails(b, 'Adatum Corporation');
  await adatum.getByRole('button', { name: 'Delete customer' }).click();
  await expect(b.getByText('Adatum Corporation was deleted.')).toBeVisible();

  await a.getByRole('button', { name: 'Import 2 customers' }).click();
  await expect(
    a.getByText(
      /Imported: 0 new customers, 1 updated.*1 customers in the file were deleted after the preview; they stay deleted\./,
    ),
  ).toBeVisible();
  const { customers } = await readDb(a);
  expect(customers.map((c) => c.id)).not.toContain('c-adatum');
  expect(customers.find((c) => c.id === 'c-contoso')).toMatchObject({ contactName: 'Bob Jansen' });
  expect(await noteTexts(a, 'c-contoso')).toEqual(['typed in tab B']);
  await expect.poll(() => shownNames(a)).not.toContain('Adatum Corporation');
});

test('a plan that no longer fits writes nothing and shows the preview again with the reason (item 3)', async ({
  openExtensionPage,
}) => {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  await chooseFile(
    a,
    'customers.csv',
    'Name,Contact name,Domain\r\nContoso B.V.,Eve,contoso.nl\r\n',
  );
  await expect(a.getByRole('button', { name: 'Import 1 customers' })).toBeVisible();

  // Meanwhile the popup records an invitation to Contoso with another contact.
  const popup = await openExtensionPage('popup.html');
  await setUpProfile(popup);
  await popup.getByLabel('Customer name', { exact: true }).fill('Contoso B.V.');
  await popup.getByLabel('Contact email', { exact: true }).fill('bob@contoso.nl');
  await popup.getByLabel('Contact name', { exact: true }).fill('Bob Jansen');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();

  await a.getByRole('button', { name: 'Import 1 customers' }).click();
  await expect(
    a.getByRole('alert').filter({ hasText: 'its contact name changed after the file was read' }),
  ).toContainText('The file was read again against what is stored now');
  await expect(a.getByRole('button', { name: 'Import 1 customers' })).toBeVisible();
  expect(await customerOf(a, 'c-contoso')).toMatchObject({ contactName: 'Bob Jansen' });
});
