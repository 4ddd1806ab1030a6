/**
 * Bad input: each shows its own message beside its field, focuses the first
 * wrong field, and nothing is handed over or recorded. Each test first makes a
 * valid hand-over (saved as a draft record), so Done *would* record if the
 * check were missing.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  allowClipboard,
  DIRECT_LINK,
  expectFieldError,
  fillCustomer,
  markClipboard,
  openRequestOptions,
  PROVIDER_ID,
  readClipboard,
  readDb,
  type StoredRecords,
  setUpProfile,
} from './popup-helpers';

let recorded: StoredRecords;

async function composeReady(page: Page): Promise<void> {
  await setUpProfile(page, { partnerId: '1234567' });
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  await expect.poll(async () => (await readDb(page)).invitations).toHaveLength(1);
  recorded = await readDb(page);
  expect(recorded.invitations[0]).toMatchObject({ status: 'draft' });
  await markClipboard(page);
}

/**
 * Neither Copy nor Done goes through: each click ends with the focus back on the
 * wrong field (which proves the click was handled and refused), the clipboard
 * keeps its marker, and the store holds just the draft of the first hand-over.
 */
async function expectNothingHandedOverOrRecorded(page: Page, wrongField: Locator): Promise<void> {
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(wrongField).toBeFocused();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(wrongField).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toHaveCount(0);
  expect((await readClipboard(page))['text/plain']).toBe('clipboard marker');
  expect(await readDb(page)).toEqual(recorded);
}

test.beforeEach(async ({ context }) => {
  await allowClipboard(context);
});

test('a malformed partner tenant ID is refused beside the field and nothing is saved', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await page.getByLabel('Partner tenant ID', { exact: true }).fill('0f1e2d3c-4b5a-6978-8796');
  await page.getByLabel('Partner name', { exact: true }).fill('Fabrikam IT');
  await page.getByLabel('Your name', { exact: true }).fill('Pat Partner');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expectFieldError(page, 'Partner tenant ID', 'This is not a tenant ID: it must be a GUID');
  await expect(page.getByLabel('Partner tenant ID', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveCount(0);
  // Nothing was stored: a fresh popup asks for the profile again.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Save profile' })).toBeVisible();
  await expect(page.getByLabel('Partner tenant ID', { exact: true })).toHaveValue('');
});

test('empty required profile fields each say what is missing', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expectFieldError(page, 'Partner tenant ID', 'Enter your partner tenant ID');
  await expectFieldError(page, 'Partner name', "Enter your company's name");
  await expectFieldError(page, 'Your name', 'Enter your own name');
  await expect(page.getByLabel('Partner tenant ID', { exact: true })).toBeFocused();
});

for (const { typed, suggestion } of [
  { typed: 'jan@contoso.con', suggestion: 'jan@contoso.com' },
  { typed: 'jan@gmial.com', suggestion: 'jan@gmail.com' },
]) {
  test(`an e-mail typo (${typed}) is caught with a suggestion, and nothing is recorded`, async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('popup.html');
    await composeReady(page);
    const email = page.getByLabel('Contact email', { exact: true });
    await email.fill(typed);
    await expectNothingHandedOverOrRecorded(page, email);
    await expectFieldError(page, 'Contact email', `Did you mean ${suggestion}?`);

    await page.getByRole('button', { name: `Use ${suggestion}` }).click();
    await expect(page.getByLabel('Contact email', { exact: true })).toHaveValue(suggestion);
    await expect(page.getByLabel('Contact email', { exact: true })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
}

test('an empty customer name is refused and nothing is recorded', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await composeReady(page);
  const name = page.getByLabel('Customer name', { exact: true });
  await name.fill('');
  await expectNothingHandedOverOrRecorded(page, name);
  await expectFieldError(page, 'Customer name', 'Enter the customer name.');
});

test('an edited link raises an alert at once, blocks hand-over, and Restore link puts it back', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await composeReady(page);
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  const text = await message.inputValue();
  await message.fill(text.replace('msppId=0', 'msppId=1'));
  // Announced while typing, before any button is pressed.
  await expect(page.getByRole('alert').filter({ hasText: 'personalized link' })).toContainText(
    'has been changed',
  );
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await expectNothingHandedOverOrRecorded(page, message);

  await page.getByRole('button', { name: 'Restore link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'personalized link' })).toHaveCount(0);
  await expect.poll(() => message.inputValue()).toContain(DIRECT_LINK);
  await expect.poll(() => message.inputValue()).not.toContain('msppId=1');

  // A removed link is caught too.
  await message.fill((await message.inputValue()).replace(DIRECT_LINK, ''));
  await expect(
    page.getByRole('alert').filter({ hasText: 'no longer in the message' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restore link' }).click();
  await expect.poll(() => message.inputValue()).toContain(DIRECT_LINK);

  // Intact again: the hand-over goes through.
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect.poll(async () => (await readClipboard(page))['text/plain']).toContain(DIRECT_LINK);
});

test('an invalid GDAP link is refused beside its field and nothing is recorded', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await composeReady(page);
  await openRequestOptions(page);
  const gdap = page.getByLabel('GDAP request link', { exact: true });
  await gdap.fill(
    'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/123',
  );
  // Closed again, the options open by themselves to show the error beside its field.
  const toggle = page.getByRole('button', { name: /^Request options/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('GDAP request');
  await expectNothingHandedOverOrRecorded(page, gdap);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expectFieldError(
    page,
    'GDAP request link',
    'relationship ID at the end of the link is incomplete',
  );
  await page.getByLabel('GDAP request link', { exact: true }).fill('https://evil.example.com/gdap');
  await expectFieldError(page, 'GDAP request link', 'does not point to a Microsoft admin site');
});

test('an indirect reseller invitation without the provider tenant ID is refused', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await composeReady(page);
  await openRequestOptions(page);
  await page.getByLabel('Relationship type', { exact: true }).selectOption('indirect');
  const provider = page.getByLabel("Indirect provider's tenant ID", { exact: true });
  await expectNothingHandedOverOrRecorded(page, provider);
  await expectFieldError(
    page,
    "Indirect provider's tenant ID",
    "Enter your indirect provider's tenant ID.",
  );

  await page.getByLabel("Indirect provider's tenant ID", { exact: true }).fill('not-a-guid');
  await expectFieldError(page, "Indirect provider's tenant ID", 'is a GUID');

  await page.getByLabel("Indirect provider's tenant ID", { exact: true }).fill(PROVIDER_ID);
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect
    .poll(() => message.inputValue())
    .toContain(`invType=IndirectResellerRelationship&partnerId=`);
  await expect
    .poll(() => message.inputValue())
    .toContain(`msppId=1234567&indirectCSPId=${PROVIDER_ID}`);
});
