/** The options page's customer list: contents, search, filters, sort, status, delete. */
import { expect, test } from './fixtures';
import { chooseStatus, openOptions, rowOf, seed, shownNames, statusCell } from './options-fixtures';
import { allowClipboard, fillCustomer, setUpProfile } from './popup-helpers';

const ALL = [
  'Adatum Corporation',
  'Café Zürich',
  'Contoso B.V.',
  'Fabrikam, Inc.',
  'Litware, Ltd.',
  'Northwind Traders',
];

test('the list after invitations exist: a table of customers with their latest invitation', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const page = await openOptions(openExtensionPage);
  await expect(page.getByText('No customers yet.')).toBeVisible();
  await seed(page);
  await expect.poll(() => shownNames(page)).toEqual(ALL);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 6 of 6 customers.' }),
  ).toBeVisible();

  const cafe = rowOf(page, 'Café Zürich');
  await expect(cafe.getByRole('cell').nth(1)).toContainText('Anna Müller');
  await expect(cafe.getByRole('cell').nth(1)).toContainText('anna@cafe-zurich.ch');
  await expect(cafe.getByRole('cell', { name: 'cafe-zurich.ch', exact: true })).toBeVisible();
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Sent');
  await expect(cafe.getByRole('button', { name: 'Status', exact: true })).toBeVisible();
  await expect(cafe.getByRole('cell').nth(7)).toHaveText('10');
  await expect(rowOf(page, 'Contoso B.V.').getByRole('cell', { name: 'Yes' })).toBeVisible();
  // No invitation: the status says so and there is nothing to change.
  await expect(statusCell(page, 'Adatum Corporation')).toHaveText('No invitation');
  await expect(
    rowOf(page, 'Adatum Corporation').getByRole('button', { name: 'Status', exact: true }),
  ).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '7');
  expect(pageErrors).toEqual([]);
});

test('search ignores case and accents, matches inside words, e-mail and domain, and survives a reload', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  for (const [query, expected] of [
    ['zurich', ['Café Zürich']],
    ['ZÜRICH', ['Café Zürich']],
    ['cafe zur', ['Café Zürich']],
    ['rich', ['Café Zürich']],
    ['anna@cafe', ['Café Zürich']],
    ['contoso.nl', ['Contoso B.V.']],
    ['fabrikam inc', ['Fabrikam, Inc.']],
    ['nothing like it', []],
  ] as const) {
    await search.fill(query);
    await expect.poll(() => shownNames(page), { message: query }).toEqual([...expected]);
  }
  await expect(page.getByText('No customer matches the search and filters.')).toBeVisible();

  await search.fill('zurich');
  await expect.poll(() => shownNames(page)).toEqual(['Café Zürich']);
  // The view is kept in the URL, so a reload (or a bookmark) lands in the same place.
  await expect(page).toHaveURL(/#q=zurich$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('zurich');
  await expect.poll(() => shownNames(page)).toEqual(['Café Zürich']);
});

test('filters by status, cloud, waiting time and follow-up, and sorts by any column', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);

  await page.getByLabel('Show status').selectOption('sent');
  await expect
    .poll(() => shownNames(page))
    .toEqual(['Café Zürich', 'Contoso B.V.', 'Northwind Traders']);
  await page.getByLabel('Show status').selectOption('none');
  await expect.poll(() => shownNames(page)).toEqual(['Adatum Corporation']);
  await page.getByLabel('Show status').selectOption('all');

  await page.getByLabel('Show cloud').selectOption('germany');
  await expect.poll(() => shownNames(page)).toEqual(['Fabrikam, Inc.']);
  await page.getByLabel('Show cloud').selectOption('all');

  await page.getByLabel('Waiting longer than (days)').fill('7');
  await expect.poll(() => shownNames(page)).toEqual(['Café Zürich', 'Northwind Traders']);
  await page.getByLabel('Waiting longer than (days)').fill('');
  await expect.poll(() => shownNames(page)).toEqual(ALL);

  // Days waiting, by the keyboard: focus the column's button and press Enter.
  const waiting = page.getByRole('columnheader', { name: 'Days waiting' });
  await waiting.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(waiting).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
  await expect
    .poll(() => shownNames(page))
    .toEqual([
      'Contoso B.V.',
      'Café Zürich',
      'Northwind Traders',
      'Adatum Corporation',
      'Fabrikam, Inc.',
      'Litware, Ltd.',
    ]);
  await page.keyboard.press('Enter');
  await expect(waiting).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await shownNames(page))[0]).toBe('Northwind Traders');

  await page.getByRole('button', { name: 'Sent', exact: true }).click();
  await expect
    .poll(async () => (await shownNames(page)).slice(0, 2))
    .toEqual(['Northwind Traders', 'Litware, Ltd.']);
  await page.getByRole('button', { name: 'Domain' }).click();
  await expect
    .poll(() => shownNames(page))
    .toEqual([
      'Adatum Corporation',
      'Café Zürich',
      'Contoso B.V.',
      'Fabrikam, Inc.',
      'Litware, Ltd.',
      'Northwind Traders',
    ]);
  await page.getByRole('button', { name: 'Domain' }).click();
  await page.getByLabel('Needs a follow-up').check();
  await expect.poll(() => shownNames(page)).toEqual(['Northwind Traders', 'Café Zürich']);

  // The whole view survives a reload.
  await expect(page).toHaveURL(/#followup=1&sort=domain&dir=desc$/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Domain' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.getByLabel('Needs a follow-up')).toBeChecked();
  await expect.poll(() => shownNames(page)).toEqual(['Northwind Traders', 'Café Zürich']);
});

test("the notification's link opens the list filtered to the customers to follow up", async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const followUp = await openOptions(openExtensionPage, '#followup=1');
  await expect.poll(() => shownNames(followUp)).toEqual(['Café Zürich', 'Northwind Traders']);
  await expect(followUp.getByText('Showing the customers to follow up')).toBeVisible();
  await followUp.getByRole('button', { name: 'Show all customers' }).click();
  await expect.poll(() => shownNames(followUp)).toEqual(ALL);
});

test('the status menu: the allowed statuses, a change with its time in the activity, and undo', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const row = rowOf(page, 'Café Zürich');
  const button = row.getByRole('button', { name: 'Status', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Accepted',
    'Declined',
    'Expired',
    'Cancelled',
  ]);
  await menu.getByRole('menuitem', { name: 'Accepted', exact: true }).click();
  await expect(menu).toBeHidden();
  const toast = page
    .getByRole('status')
    .filter({ hasText: 'Café Zürich: status changed to Accepted.' });
  await expect(toast).toBeVisible();
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Accepted');
  // The previous status is offered as an undo of a mis-click, in the menu too.
  await button.click();
  await expect(menu.getByRole('menuitem')).toHaveText(['Removed', 'Back to Sent']);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Café Zürich' });
  const activity = dialog.getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('listitem')).toHaveCount(2);
  await expect(activity.getByRole('listitem').nth(0)).toContainText('New relationship: Accepted');
  await expect(activity.getByRole('listitem').nth(1)).toContainText('New relationship: Sent');
  await expect(activity.locator('time')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus is back where it was.
  await expect(page.getByRole('button', { name: 'Café Zürich', exact: true })).toBeFocused();

  // Undo puts the status back, in the database too.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Café Zürich: status changed to Sent.')).toBeVisible();
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Sent');
  await page.reload();
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Sent');
  await chooseStatus(page, 'Café Zürich', 'Declined');
  // Written before the page goes: the toast says so once the change is stored.
  await expect(page.getByText('Café Zürich: status changed to Declined.')).toBeVisible();
  await page.reload();
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Declined');
});

test('the status menu by keyboard: arrows move, Escape changes nothing, Enter chooses', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const button = rowOf(page, 'Café Zürich').getByRole('button', { name: 'Status', exact: true });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Accepted' })).toBeFocused();
  // Passing over statuses writes nothing (a bare select wrote each one).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Expired' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Sent');

  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Accepted' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Cancelled' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Accepted' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Café Zürich: status changed to Expired.')).toBeVisible();
  await expect(button).toBeFocused();
  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  const activity = page.getByRole('dialog').getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('listitem')).toHaveCount(2);
  await expect(activity.getByRole('listitem').nth(0)).toContainText('Expired');
});

test('delete with undo, for one customer and for a selection', async ({ openExtensionPage }) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);

  await page.getByRole('button', { name: 'Contoso B.V.', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete customer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Contoso B.V. was deleted.' });
  await expect(toast).toBeVisible();
  await expect.poll(() => shownNames(page)).not.toContain('Contoso B.V.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored 1 customers.')).toBeVisible();
  await expect.poll(() => shownNames(page)).toEqual(ALL);

  await page.getByRole('checkbox', { name: 'Select Café Zürich' }).check();
  await page.getByRole('checkbox', { name: 'Select Adatum Corporation' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByText('2 customers were deleted.')).toBeVisible();
  await expect.poll(() => shownNames(page)).toHaveLength(4);
  // A reload shows what the database holds: they are gone.
  await page.reload();
  await expect.poll(() => shownNames(page)).toHaveLength(4);
  await expect(page.getByText('Showing 4 of 4 customers.')).toBeVisible();
});

test('bulk: select all shown and change their status; skipped ones are counted', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  await page.getByLabel('Show status').selectOption('sent');
  await expect.poll(() => shownNames(page)).toHaveLength(3);
  await page.getByRole('checkbox', { name: 'Select all shown customers' }).check();
  await expect(page.getByText('3 selected')).toBeVisible();
  await page.getByLabel('Set status to').selectOption('expired');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByText('Status Expired set for 3 customers; 0 skipped')).toBeVisible();
  await page.getByLabel('Show status').selectOption('expired');
  await expect
    .poll(() => shownNames(page))
    .toEqual(['Café Zürich', 'Contoso B.V.', 'Northwind Traders']);
});

test('only the rows in view are rendered, and the scroll position survives a reload', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const many = Array.from({ length: 400 }, (_, i) => ({
    id: `c${String(i).padStart(3, '0')}`,
    name: `Customer ${String(i).padStart(3, '0')}`,
    sentDaysAgo: i % 20,
  }));
  await seed(page, many);
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '401');
  const rendered = page.locator('table.customers tbody tr:not(.spacer)');
  expect(await rendered.count()).toBeLessThan(60);

  await page.getByRole('region', { name: 'Customer list' }).evaluate((el) => {
    el.scrollTop = 250 * 44;
  });
  await expect(page.getByRole('rowheader', { name: 'Customer 250', exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Customer 000', exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/#top=250$/);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Customer 250', exact: true })).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Customer 250' }) });
  await expect(row).toHaveAttribute('aria-rowindex', '252');
});

test('the toolbar badge counts the invitations waiting too long; the daily alarm is set', async ({
  openExtensionPage,
  context,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const [worker] = context.serviceWorkers();
  interface Chrome {
    action: { getBadgeText(details: object): Promise<string> };
    alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  }
  const badge = () =>
    worker!.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
    );
  // Café Zürich (10 days) and Northwind Traders (80 days, GDAP near its 90) with the 7-day default.
  await expect.poll(badge).toBe('2');
  const alarm = await worker!.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('follow-up-daily'),
  );
  expect(alarm).toMatchObject({ periodInMinutes: 1440 });

  await chooseStatus(page, 'Café Zürich', 'Accepted');
  await expect.poll(badge).toBe('1');
});

test('an invitation made in the popup shows in the list, and the restore draft goes back to it', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  const popup = await openExtensionPage('popup.html');
  await setUpProfile(popup);
  await fillCustomer(popup, { name: 'Café Zürich', email: 'anna@cafe-zurich.ch', contact: 'Anna' });
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();

  const page = await openOptions(openExtensionPage);
  await expect.poll(() => shownNames(page)).toEqual(['Café Zürich']);
  const row = rowOf(page, 'Café Zürich');
  await expect(statusCell(page, 'Café Zürich')).toHaveText('Sent');
  await expect(row.getByRole('cell').nth(7)).toHaveText('0');

  // Accepted, then removed: a restore invitation is prepared for the popup.
  await chooseStatus(page, 'Café Zürich', 'Accepted');
  await expect(page.getByText('status changed to Accepted')).toBeVisible();
  await chooseStatus(page, 'Café Zürich', 'Removed');
  await expect(page.getByText('status changed to Removed')).toBeVisible();
  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  await page.getByRole('button', { name: 'Prepare a restore invitation' }).click();
  await expect(page.getByText('is ready. Click the extension')).toBeVisible();

  await popup.reload();
  await expect(popup.getByLabel('Customer name', { exact: true })).toHaveValue('Café Zürich');
  await expect(popup.getByLabel('Contact email', { exact: true })).toHaveValue(
    'anna@cafe-zurich.ch',
  );
});
