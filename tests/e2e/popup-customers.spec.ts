/** Customers already in the store, and the profile read from a pasted Partner Center link. */
import { expect, test } from './fixtures';
import {
  allowClipboard,
  fillCustomer,
  openRequestOptions,
  PROVIDER_ID,
  readDb,
  setUpProfile,
  TENANT_ID,
} from './popup-helpers';

test('typing a customer name offers stored customers; picking one fills its fields and Done updates it', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();

  const name = page.getByRole('combobox', { name: 'Customer name' });
  await name.pressSequentially('cont');
  // Each option is named by the customer first, then the state of its latest invitation.
  const option = page.getByRole('option', { name: /^Contoso B\.V\. Sent now · waiting$/ });
  await expect(option).toBeVisible();
  await expect(name).toHaveAttribute('aria-expanded', 'true');
  await name.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await name.press('Enter');
  await expect(name).toHaveValue('Contoso B.V.');
  await expect(page.getByLabel('Contact email', { exact: true })).toHaveValue('jan@contoso.com');
  await expect(page.getByLabel('Contact name', { exact: true })).toHaveValue('Jan de Vries');
  await expect(page.getByLabel('Customer domain', { exact: true })).toHaveValue('contoso.com');
  await expect(name).toHaveAttribute('aria-expanded', 'false');
  await expect(name).toHaveAccessibleDescription('Sent now · waiting');
  // Still waiting on that invitation: the draft is a reminder of it.
  await expect(page.getByRole('button', { name: /^Request options/ })).toContainText('reminder');

  await page.getByLabel('Contact name', { exact: true }).fill('Piet Jansen');
  await openRequestOptions(page);
  await page.getByLabel('Purpose', { exact: true }).selectOption('restore-admin');
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  const { customers, invitations } = await readDb(page);
  expect(customers).toHaveLength(1);
  expect(customers[0]).toMatchObject({ name: 'Contoso B.V.', contactName: 'Piet Jansen' });
  expect(invitations).toHaveLength(2);
  expect(invitations.map((i) => i.customerId)).toEqual([customers[0]!.id, customers[0]!.id]);
  expect(invitations.map((i) => i.purpose).sort()).toEqual(['new-relationship', 'restore-admin']);
});

test('a Partner Center link pasted as the tenant ID fills the profile', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  const indirect = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${TENANT_ID}&msppId=7654321&indirectCSPId=${PROVIDER_ID}&DAP=false#/BillingAccounts/partner-invitation`;
  const tenant = page.getByLabel('Partner tenant ID', { exact: true });
  await tenant.fill(indirect);
  await expect(tenant).toHaveValue(TENANT_ID);
  await expect(page.getByLabel('PartnerID', { exact: true })).toHaveValue('7654321');
  await expect(
    page.getByRole('status').filter({ hasText: 'Read from the Partner Center link' }),
  ).toBeVisible();

  // A link that is not an invitation is refused at once, beside the field.
  await tenant.fill('https://admin.microsoft.com/Adminportal/Home#/homepage');
  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expect(tenant).toHaveAccessibleDescription(/not a reseller-relationship invitation/);
  await tenant.fill(`<https://evil.example.com/partner?partnerId=${TENANT_ID}>`);
  await expect(tenant).toHaveAccessibleDescription(/does not point to a Microsoft invitation site/);

  await tenant.fill(indirect);
  await page.getByLabel('Partner name', { exact: true }).fill('Fabrikam IT');
  await page.getByLabel('Your name', { exact: true }).fill('Pat Partner');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByLabel('Customer name', { exact: true })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await api.storage.sync.get('profile')).profile;
  });
  expect(stored).toMatchObject({
    tenantId: TENANT_ID,
    partnerId: '7654321',
    partnerName: 'Fabrikam IT',
  });
});

test('Edit profile changes the profile the draft uses', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await expect(page.getByLabel('Partner name', { exact: true })).toHaveValue('Fabrikam IT');
  await page.getByLabel('Partner name', { exact: true }).fill('Adatum Cloud');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('textbox', { name: 'Subject', exact: true })).toHaveValue(
    'Please authorize Adatum Cloud as your Microsoft partner',
  );
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('Contoso B.V.');
});
