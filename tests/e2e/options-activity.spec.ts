/** A customer's activity (dated notes and history in one timeline), the details' Status menu, and live updates. */
import { expect, test } from './fixtures';
import {
  CUSTOMERS,
  chooseStatus,
  openOptions,
  seed,
  shownNames,
  statusCell,
} from './options-fixtures';
import { overview, saveProfile } from './options-pipeline-helpers';
import { allowClipboard, fillCustomer, setUpProfile } from './popup-helpers';

// Each test seeds through the page's import and opens a browser of its own: slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

test('notes are dated entries signed with the profile name, in one timeline with the history', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await saveProfile(page, 'Jan Jansen');
  await seed(
    page,
    CUSTOMERS.map((c) =>
      c.id === 'c-contoso' ? { ...c, notes: 'Old note from before dates' } : c,
    ),
  );
  await page.getByRole('button', { name: 'Contoso B.V.', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Contoso B.V.' });
  const activity = dialog.getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('listitem')).toHaveCount(2);
  await expect(activity.getByRole('listitem').last()).toContainText('Earlier notes (undated)');
  await expect(activity.getByRole('listitem').last()).toContainText('Old note from before dates');

  await dialog.getByLabel('Notes').fill('Called Bob: he forwards it to IT');
  await dialog.getByRole('button', { name: 'Save notes' }).click();
  await expect(dialog.getByText('Note saved.')).toBeVisible();
  await expect(dialog.getByLabel('Notes')).toHaveValue('');
  await dialog.getByLabel('Notes').fill('IT says: next week');
  await dialog.getByRole('button', { name: 'Save notes' }).click();
  await expect(activity.getByRole('listitem')).toHaveCount(4);
  const first = activity.getByRole('listitem').nth(0);
  await expect(first).toContainText('Note by Jan Jansen');
  await expect(first).toContainText('IT says: next week');
  await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(activity.getByRole('listitem').nth(1)).toContainText('Called Bob');
  await expect(activity.getByRole('listitem').nth(2)).toContainText('New relationship: Sent');

  // An empty note is refused, next to the field.
  await dialog.getByRole('button', { name: 'Save notes' }).click();
  await expect(dialog.getByText('Write a note first.')).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('dialog', { name: 'Contoso B.V.' })
      .getByRole('list', { name: 'Activity' })
      .getByRole('listitem'),
  ).toHaveCount(4);
});

test('the details dialog changes the status through its Status menu', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  await page.getByRole('button', { name: 'Fabrikam, Inc.', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Fabrikam, Inc.' });
  await dialog.getByRole('button', { name: 'Status', exact: true }).click();
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText([
    'Removed',
    'Back to Sent',
  ]);
  await page.getByRole('menuitem', { name: 'Removed' }).click();
  await expect(dialog.getByRole('heading', { name: 'Restore admin privileges' })).toBeVisible();
  await expect(
    dialog.getByRole('list', { name: 'Activity' }).getByRole('listitem').first(),
  ).toContainText('Removed');
  await expect(statusCell(page, 'Fabrikam, Inc.')).toHaveText('Removed');
  // Waiting for no answer, nothing to chase.
  await expect(dialog.getByRole('button', { name: 'Send a reminder' })).toBeDisabled();
});

test('a page left open shows what another page recorded, keeping scroll and selection', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  const many = Array.from({ length: 120 }, (_, i) => ({
    id: `c${String(i).padStart(3, '0')}`,
    name: `Customer ${String(i).padStart(3, '0')}`,
    sentDaysAgo: 3,
  }));
  const page = await openOptions(openExtensionPage);
  await seed(page, many);
  await page.getByRole('region', { name: 'Customer list' }).evaluate((el) => {
    el.scrollTop = 60 * 44;
  });
  await page.getByRole('checkbox', { name: 'Select Customer 062' }).check();
  await expect(overview(page).getByRole('button', { name: 'Sent 120', exact: true })).toBeVisible();

  // Another tab: the popup records a new invitation.
  const popup = await openExtensionPage('popup.html');
  await setUpProfile(popup);
  await fillCustomer(popup, { name: 'Zebra Logistics', email: 'it@zebra.example', contact: 'Zoë' });
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();

  // No reload: the open page counts it within a second, and the row is there.
  await expect(overview(page).getByRole('button', { name: 'Sent 121', exact: true })).toBeVisible({
    timeout: 1000,
  });
  await expect(page.getByText('Showing 121 of 121 customers.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select Customer 062' })).toBeChecked();
  expect(
    await page.getByRole('region', { name: 'Customer list' }).evaluate((el) => el.scrollTop),
  ).toBe(60 * 44);

  // A status change in a second options tab shows in the first.
  const second = await openOptions(openExtensionPage);
  await second.getByRole('searchbox', { name: 'Search customers' }).fill('Customer 061');
  await chooseStatus(second, 'Customer 061', 'Declined');
  await expect(statusCell(page, 'Customer 061')).toHaveText('Declined', { timeout: 1000 });
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('zebra');
  await expect.poll(() => shownNames(page)).toEqual(['Zebra Logistics']);
});
