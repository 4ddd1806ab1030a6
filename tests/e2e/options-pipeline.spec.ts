/** The options page's overview, reminders, activity and live updates (issue 12). */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  CUSTOMERS,
  chooseStatus,
  openOptions,
  rowOf,
  seed,
  shownNames,
  statusCell,
} from './options-fixtures';
import { allowClipboard, fillCustomer, setUpProfile } from './popup-helpers';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function saveProfile(page: Page, senderName = 'Jan Jansen'): Promise<void> {
  await page.getByLabel('Partner tenant ID').fill('9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f');
  await page.getByLabel('Partner name').fill('Contoso Partners');
  await page.getByLabel('Your name').fill(senderName);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
}

/** The browser has no `action.openPopup` to give (an older browser, no focused window). */
async function withoutPopup(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const action = (globalThis as { chrome?: { action?: { openPopup?: unknown } } }).chrome?.action;
    if (action) action.openPopup = () => Promise.reject(new Error('not here'));
  });
}

// Each test seeds through the page's import and opens a browser of its own: slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

const overview = (page: Page) => page.getByRole('region', { name: 'Overview' });

test('the overview counts customers per status and the ones to chase; a count filters the list', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const region = overview(page);
  for (const name of [
    'No invitation 1',
    'Sent 3',
    'Accepted 1',
    'Declined 0',
    'Removed 1',
    'Waiting longer than 7 days 2',
    'Needs follow-up 2',
    'GDAP request expiring 1',
  ]) {
    await expect(region.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(region.getByText('100% of 2 answered')).toBeVisible();

  const sent = region.getByRole('button', { name: 'Sent 3', exact: true });
  await sent.click();
  await expect(sent).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => shownNames(page))
    .toEqual(['Café Zürich', 'Contoso B.V.', 'Northwind Traders']);
  await expect(page.getByLabel('Show status')).toHaveValue('sent');
  await sent.click();
  await expect(sent).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => shownNames(page)).toHaveLength(6);

  await region.getByRole('button', { name: 'GDAP request expiring 1', exact: true }).click();
  await expect.poll(() => shownNames(page)).toEqual(['Northwind Traders']);
  await region.getByRole('button', { name: 'GDAP request expiring 1', exact: true }).click();
  await region.getByRole('button', { name: 'Waiting longer than 7 days 2', exact: true }).click();
  await expect.poll(() => shownNames(page)).toEqual(['Café Zürich', 'Northwind Traders']);
  await expect(page).toHaveURL(/#waiting=7$/);

  // A change made here is counted at once.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await chooseStatus(page, 'Café Zürich', 'Accepted');
  await expect(region.getByRole('button', { name: 'Sent 2', exact: true })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Accepted 2', exact: true })).toBeVisible();
  await expect(
    region.getByRole('button', { name: 'Needs follow-up 1', exact: true }),
  ).toBeVisible();

  // The chart has a text alternative: the same figures as a table.
  await expect(region.getByRole('img', { name: /Latest invitation per customer/ })).toBeVisible();
  await region.getByText('Show as table', { exact: true }).click();
  const table = region.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Accepted' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(13);
});

test('Send a reminder opens a prefilled compose, logs a dated event and makes no new invitation', async ({
  context,
  openExtensionPage,
}) => {
  await withoutPopup(context);
  const page = await openOptions(openExtensionPage);
  await saveProfile(page);
  await seed(page);
  const region = overview(page);
  await expect(
    region.getByRole('button', { name: 'Needs follow-up 2', exact: true }),
  ).toBeVisible();
  await context.route(/^https:\/\/mail\.google\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Gmail</title><p>compose</p>' }),
  );

  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Café Zürich' });
  await expect(dialog.getByText('No reminder sent yet.')).toBeVisible();
  const [compose] = await Promise.all([
    context.waitForEvent('page'),
    dialog.getByRole('button', { name: 'Send a reminder' }).click(),
  ]);
  await compose.waitForURL(/^https:\/\/mail\.google\.com\//);
  const url = new URL(compose.url());
  expect(url.searchParams.get('view')).toBe('cm');
  expect(url.searchParams.get('to')).toBe('anna@cafe-zurich.ch');
  expect(url.searchParams.get('su')).toBe(
    'Reminder: please authorize Contoso Partners as your Microsoft partner',
  );
  expect(url.searchParams.get('body')).toContain('Dear Anna Müller,');
  expect(url.searchParams.get('body')).toContain('https://admin.microsoft.com/Adminportal/Home');
  await compose.close();

  await expect(
    dialog.getByText('The reminder is open in a new Gmail message and logged'),
  ).toBeVisible();
  const activity = dialog.getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('listitem').first()).toContainText('Reminder sent via Gmail');
  await expect(dialog.getByText(/Last reminder: .* \(1 in all\)\./)).toBeVisible();
  // Still the one invitation: a reminder is not a second invitation.
  await expect(dialog.getByRole('heading', { name: 'Invitations (1)' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The list shows when, and how often; reminded today, Café Zürich is not due any more.
  await expect(rowOf(page, 'Café Zürich').getByRole('cell').nth(8)).toContainText('(1×)');
  await expect(
    region.getByRole('button', { name: 'Needs follow-up 1', exact: true }),
  ).toBeVisible();
  await page.getByLabel('Needs a follow-up').check();
  await expect.poll(() => shownNames(page)).toEqual(['Northwind Traders']);
  await expect(page).toHaveURL(/#followup=1$/);
  // …and it stays so after a reload: the event is in the database.
  await page.reload();
  await expect.poll(() => shownNames(page)).toEqual(['Northwind Traders']);
  await expect(rowOf(page, 'Northwind Traders')).toBeVisible();
});

test('the reminder toast offers Undo, which takes the logged event back', async ({
  context,
  openExtensionPage,
}) => {
  await withoutPopup(context);
  const page = await openOptions(openExtensionPage);
  await saveProfile(page);
  await seed(page);
  await context.route(/^https:\/\/mail\.google\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>compose</p>' }),
  );
  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  const [compose] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Send a reminder' }).click(),
  ]);
  await compose.close();
  const toast = page
    .getByRole('status')
    .filter({ hasText: 'Reminder to Café Zürich opened in Gmail' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The reminder to Café Zürich is no longer logged.')).toBeVisible();
  await expect(page.getByRole('dialog').getByText('No reminder sent yet.')).toBeVisible();
  await expect(
    overview(page).getByRole('button', { name: 'Needs follow-up 2', exact: true }),
  ).toBeVisible();
});

test('where the popup can open, the reminder is left in it as a draft marked for that invitation', async ({
  context,
  openExtensionPage,
}) => {
  await context.addInitScript(() => {
    const w = globalThis as { chrome?: { action?: { openPopup?: unknown } }; __opened?: number };
    const action = w.chrome?.action;
    if (action)
      action.openPopup = () => {
        w.__opened = (w.__opened ?? 0) + 1;
        return Promise.resolve();
      };
  });
  const page = await openOptions(openExtensionPage);
  await saveProfile(page);
  await seed(page);
  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  await page.getByRole('button', { name: 'Send a reminder' }).click();
  await expect(page.getByText('The reminder is open in the toolbar popup')).toBeVisible();
  expect(await page.evaluate(() => (globalThis as { __opened?: number }).__opened)).toBe(1);
  const stored = await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get('unfinishedDraft'),
  );
  expect(stored.unfinishedDraft).toMatchObject({
    reminder: { invitationId: 'inv-c-cafe' },
    edited: true,
    subject: 'Reminder: please authorize Contoso Partners as your Microsoft partner',
    form: {
      customerId: 'c-cafe',
      customerName: 'Café Zürich',
      contactEmail: 'anna@cafe-zurich.ch',
    },
  });
  // Nothing is logged until it is handed over.
  await expect(page.getByText('No reminder sent yet.')).toBeVisible();
});

test('bulk: reminders for the selected customers whose invitation waits, each logged', async ({
  context,
  openExtensionPage,
}) => {
  await withoutPopup(context);
  const page = await openOptions(openExtensionPage);
  await saveProfile(page);
  await seed(page);
  await context.route(/^https:\/\/mail\.google\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>compose</p>' }),
  );
  for (const name of ['Café Zürich', 'Northwind Traders', 'Fabrikam, Inc.']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  const opened: Page[] = [];
  context.on('page', (p) => opened.push(p));
  await page.getByRole('button', { name: 'Send reminders' }).click();
  await expect(page.getByText('2 reminders opened in Gmail and logged; 1 skipped')).toBeVisible();
  await expect.poll(() => opened.length).toBe(2);
  await expect(
    overview(page).getByRole('button', { name: 'Needs follow-up 1', exact: true }),
  ).toBeVisible();
  for (const name of ['Café Zürich', 'Northwind Traders']) {
    await expect(rowOf(page, name).getByRole('cell').nth(8)).toContainText('(1×)');
  }
});

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

test('axe: no serious or critical violations with the overview, a menu open and the details', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await saveProfile(page);
  await seed(page);
  await overview(page).getByText('Show as table', { exact: true }).click();
  await rowOf(page, 'Café Zürich').getByRole('button', { name: 'Status', exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Notes').fill('A note');
  await page.getByRole('dialog').getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('Note saved.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('in Dutch', () => {
  test.use({ lang: 'nl' });

  test('the overview, the status menu and the activity speak Dutch', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByRole('table')).toBeVisible();
    await seed(page, CUSTOMERS, {
      file: 'Bestand importeren',
      confirm: 'Alles vervangen',
      done: '6 klanten en 5 uitnodigingen geïmporteerd',
      dismiss: 'Sluiten',
    });
    const region = page.getByRole('region', { name: 'Overzicht' });
    await expect(region.getByRole('button', { name: 'Verstuurd 3', exact: true })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Opvolgen 2', exact: true })).toBeVisible();
    await expect(
      region.getByRole('button', { name: 'Wacht langer dan 7 dagen 2', exact: true }),
    ).toBeVisible();
    await expect(region.getByText('100% van 2 beantwoord')).toBeVisible();
    await rowOf(page, 'Café Zürich').getByRole('button', { name: 'Status', exact: true }).click();
    await expect(page.getByRole('menu').getByRole('menuitem').first()).toHaveText('Geaccepteerd');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Herinnering sturen' })).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Activiteit' })).toContainText(
      'Nieuwe relatie: Verstuurd',
    );
  });
});
