/**
 * Integrity across tabs (issue 13): an import applies to what is stored when the
 * partner clicks Apply, an edit to the version it opened; with two options tabs
 * (and the popup) working on the same customers.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFile, openOptions, rowOf, seed, shownNames } from './options-fixtures';
import { readDb, setUpProfile } from './popup-helpers';

async function openDetails(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.getByLabel('Notes')).toBeVisible();
  return dialog;
}

async function saveNotes(page: Page, name: string, notes: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByLabel('Notes').fill(notes);
  await dialog.getByRole('button', { name: 'Save notes' }).click();
}

const notesOf = async (page: Page, id: string) =>
  (await readDb(page)).customers.find((c) => c.id === id)?.notes;

test('a customer deleted in one tab is not brought back by saving notes in another (item 4)', async ({
  openExtensionPage,
}) => {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  const b = await openOptions(openExtensionPage);
  await openDetails(b, 'Contoso B.V.');

  const inA = await openDetails(a, 'Contoso B.V.');
  await inA.getByRole('button', { name: 'Delete customer' }).click();
  await expect(a.getByText('Contoso B.V. was deleted.')).toBeVisible();

  await saveNotes(b, 'Contoso B.V.', 'Call on Monday');
  const dialog = b.getByRole('dialog', { name: 'Contoso B.V.' });
  await expect(dialog.getByRole('status')).toHaveText(
    /The notes were not saved: This customer was deleted .* after you opened it/,
  );
  await expect(dialog.getByRole('button', { name: 'Reload' })).toBeVisible();
  expect((await readDb(b)).customers.map((c) => c.id)).not.toContain('c-contoso');
  await a.reload();
  await expect.poll(() => shownNames(a)).not.toContain('Contoso B.V.');
});

test('two tabs saving the same notes: the second is refused and can reload (item 4)', async ({
  openExtensionPage,
}) => {
  const a = await openOptions(openExtensionPage);
  await seed(a);
  const b = await openOptions(openExtensionPage);
  await openDetails(a, 'Café Zürich');
  await openDetails(b, 'Café Zürich');

  await saveNotes(a, 'Café Zürich', 'from tab A');
  await expect(a.getByText('Notes saved.')).toBeVisible();
  // A second save from A starts from A's own new version, so it is not a conflict.
  await saveNotes(a, 'Café Zürich', 'from tab A, again');
  await expect(a.getByText('Notes saved.')).toBeVisible();

  await saveNotes(b, 'Café Zürich', 'from tab B');
  const inB = b.getByRole('dialog', { name: 'Café Zürich' });
  await expect(inB.getByRole('status')).toHaveText(/changed elsewhere .* not saved/);
  expect(await notesOf(b, 'c-cafe')).toBe('from tab A, again');
  await inB.getByRole('button', { name: 'Reload' }).click();
  await expect(inB.getByLabel('Notes')).toHaveValue('from tab A, again');
});

test('notes cannot overwrite a change the popup recorded meanwhile (item 4, popup)', async ({
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

  await saveNotes(options, 'Contoso B.V.', 'typed before Done');
  const dialog = options.getByRole('dialog', { name: 'Contoso B.V.' });
  await expect(dialog.getByRole('status')).toHaveText(/changed elsewhere/);
  const stored = (await readDb(options)).customers.find((c) => c.id === 'c-contoso');
  expect(stored).toMatchObject({ contactName: 'Bob Jansen', notes: '' });
  await dialog.getByRole('button', { name: 'Reload' }).click();
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
  await saveNotes(b, 'Contoso B.V.', 'typed in tab B');
  await expect(b.getByText('Notes saved.')).toBeVisible();

  await a.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(a.getByText('1 invitations marked accepted and 1 tenant IDs stored')).toBeVisible();
  const stored = (await readDb(a)).customers.find((c) => c.id === 'c-contoso');
  expect(stored).toMatchObject({
    notes: 'typed in tab B',
    tenantId: 'c0ffee00-1234-4abc-8def-0123456789ab',
  });
  await expect(
    rowOf(a, 'Contoso B.V.').getByRole('combobox', { name: 'Status', exact: true }),
  ).toHaveValue('accepted');
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
  await saveNotes(b, 'Contoso B.V.', 'typed in tab B');
  await expect(b.getByText('Notes saved.')).toBeVisible();
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
  expect(customers.find((c) => c.id === 'c-contoso')).toMatchObject({
    notes: 'typed in tab B',
    contactName: 'Bob Jansen',
  });
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
    'Name,Domain,Notes\r\nContoso B.V.,contoso.nl,from the file\r\n',
  );
  await expect(a.getByRole('button', { name: 'Import 1 customers' })).toBeVisible();

  const b = await openOptions(openExtensionPage);
  await openDetails(b, 'Contoso B.V.');
  await saveNotes(b, 'Contoso B.V.', 'typed in tab B');
  await expect(b.getByText('Notes saved.')).toBeVisible();

  await a.getByRole('button', { name: 'Import 1 customers' }).click();
  await expect(
    a.getByRole('alert').filter({ hasText: 'its notes changed after the file was read' }),
  ).toContainText('The file was read again against what is stored now');
  await expect(a.getByRole('button', { name: 'Import 1 customers' })).toBeVisible();
  expect(await notesOf(a, 'c-contoso')).toBe('typed in tab B');
});
