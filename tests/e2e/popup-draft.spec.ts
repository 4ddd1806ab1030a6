/** The draft's life: following the fields, hand edits, reopening, reset, discard, DAP, mailto limit. */
import { expect, test } from './fixtures';
import {
  DIRECT_LINK,
  fillCustomer,
  GDAP_LINK,
  openRequestOptions,
  readDb,
  savedDraft,
  setUpProfile,
  watchMailto,
} from './popup-helpers';

test('reopening the popup restores the unfinished draft, hand edits included', async ({
  openExtensionPage,
}) => {
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await openRequestOptions(page);
  await page.getByLabel('Purpose', { exact: true }).selectOption('additional-partner');
  await page.getByLabel('Email language', { exact: true }).selectOption('nl');
  const message = () => page.getByRole('textbox', { name: 'Message', exact: true });
  await expect.poll(() => message().inputValue()).toContain('Beste Jan de Vries');
  await message().fill(`${await message().inputValue()}\n\nPS: bel me gerust.`);
  // Saved within a moment (debounced), with the current text and link for the context menu.
  await expect.poll(async () => (await savedDraft(page))?.message).toContain('PS: bel me gerust.');
  const saved = await savedDraft(page);
  expect(saved).toMatchObject({ edited: true, link: DIRECT_LINK });
  expect(saved?.subject).toBe(await page.getByRole('textbox', { name: 'Subject' }).inputValue());
  await page.close();

  page = await openExtensionPage('popup.html');
  const name = page.getByLabel('Customer name', { exact: true });
  await expect(name).toHaveValue('Contoso B.V.');
  // It says so, and the name's text is selected: typing a new name starts over.
  await expect(page.getByText('Continuing the draft for Contoso B.V.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start new' })).toBeVisible();
  await expect(name).toBeFocused();
  expect(
    await name.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([0, 'Contoso B.V.'.length]);
  await expect(page.getByLabel('Contact email', { exact: true })).toHaveValue('jan@contoso.com');
  await openRequestOptions(page);
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('additional-partner');
  await expect(page.getByLabel('Email language', { exact: true })).toHaveValue('nl');
  await expect.poll(() => message().inputValue()).toContain('PS: bel me gerust.');
  await expect.poll(() => message().inputValue()).toContain(DIRECT_LINK);

  // Reset draft: back to the rendered text, which follows the fields again.
  await page.getByRole('button', { name: 'Reset draft' }).click();
  await expect.poll(() => message().inputValue()).not.toContain('PS: bel me gerust.');
  await expect(page.getByRole('button', { name: 'Reset draft' })).toHaveCount(0);
  await page.getByLabel('Contact name', { exact: true }).fill('Piet Jansen');
  await expect.poll(() => message().inputValue()).toContain('Beste Piet Jansen');
});

test('a draft nobody edited is restored and keeps following the fields', async ({
  openExtensionPage,
}) => {
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await expect.poll(async () => (await savedDraft(page))?.message).toContain('Dear Jan de Vries');
  // The sign-off is saved apart too: the context menu's insert sends it as the popup does.
  expect((await savedDraft(page))?.closing).toBe('Kind regards,\nPat Partner\nFabrikam IT');
  await page.close();
  page = await openExtensionPage('popup.html');
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect.poll(() => message.inputValue()).toContain('Dear Jan de Vries');
  await page.getByLabel('Customer name', { exact: true }).fill('Northwind Traders');
  await expect.poll(() => message.inputValue()).toContain('partner of Northwind Traders');
});

test('the draft follows the fields until edited by hand', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  const subject = page.getByRole('textbox', { name: 'Subject', exact: true });
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await openRequestOptions(page);
  await page.getByLabel('Purpose', { exact: true }).selectOption('restore-admin');
  await expect(subject).toHaveValue('Please restore admin access for Fabrikam IT');
  await subject.fill('Admin access, please');
  await page.getByLabel('Customer name', { exact: true }).fill('Northwind Traders');
  await expect(subject).toHaveValue('Admin access, please');
  await expect.poll(() => message.inputValue()).toContain('Contoso B.V.');
  await page.getByRole('button', { name: 'Reset draft' }).click();
  await expect(subject).toHaveValue('Please restore admin access for Fabrikam IT');
  await expect.poll(() => message.inputValue()).toContain('Northwind Traders');
});

test('Discard draft clears the form and the saved draft; Undo brings it back', async ({
  openExtensionPage,
}) => {
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await expect.poll(() => savedDraft(page)).toBeTruthy();
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await expect.poll(() => savedDraft(page)).toBeUndefined();
  await page.getByRole('button', { name: 'Undo discard' }).click();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('Contoso B.V.');
  // Undo stores the draft again, so the second Discard below has something to clear.
  await expect.poll(() => savedDraft(page)).toBeTruthy();
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect.poll(() => savedDraft(page)).toBeUndefined();
  await page.close();
  page = await openExtensionPage('popup.html');
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  expect(await readDb(page)).toEqual({ customers: [], invitations: [] });
});

test('delegated admin privileges: on by default, forced with the reason for US Government; Germany is not offered', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await openRequestOptions(page);
  // Microsoft Cloud Germany closed in 2021: no new invitations for it.
  await expect(page.getByLabel('Cloud', { exact: true }).locator('option')).toHaveText([
    'Microsoft public cloud',
    'Microsoft Cloud for US Government',
    'Office 365 operated by 21Vianet (China)',
  ]);
  const dap = page.getByRole('checkbox', { name: 'Include delegated administration privileges' });
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect(dap).toBeChecked();
  await dap.uncheck();
  await expect.poll(() => message.inputValue()).toContain('DAP=false');
  await page.getByLabel('Cloud', { exact: true }).selectOption('us-government');
  await expect(dap).toBeChecked();
  await expect(dap).toBeDisabled();
  await expect(dap).toHaveAccessibleDescription(/partners there cannot clear it/);
  await expect.poll(() => message.inputValue()).toContain('DAP=true');
  await expect.poll(() => message.inputValue()).toContain('Microsoft Office admin portal');
  await page.getByLabel('Cloud', { exact: true }).selectOption('public');
  await expect(dap).toBeEnabled();
  await expect(dap).not.toBeChecked();
});

test('a draft too long for a mail app is not opened; Copy to clipboard is offered', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  const opened = watchMailto(page);
  await fillCustomer(page);
  await openRequestOptions(page);
  await page.getByLabel('GDAP request link', { exact: true }).fill(GDAP_LINK);
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect.poll(() => message.inputValue()).toContain(GDAP_LINK);
  await message.fill(
    `${await message.inputValue()}\n\n${'Some more words for the customer. '.repeat(30)}`,
  );
  await page.getByRole('button', { name: 'Open in email app' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'too long' })).toContainText(
    'Copy to clipboard',
  );
  await expect(page.getByRole('button', { name: 'Copy to clipboard' })).toBeFocused();
  expect(opened).toEqual([]);
  // The failure was about the text as it was: a change to it takes the stale alert away.
  await message.press('End');
  await message.press('Backspace');
  await expect(page.getByRole('alert').filter({ hasText: 'too long' })).toHaveCount(0);
});
