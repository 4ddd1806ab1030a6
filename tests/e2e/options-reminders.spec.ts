/** Send a reminder: a prefilled compose or the popup's draft, logged as a follow-up event, never a new invitation. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openOptions, rowOf, seed, shownNames } from './options-fixtures';
import { overview, saveProfile, withoutPopup } from './options-pipeline-helpers';
import { readDb } from './popup-helpers';

// Each test seeds through the page's import and opens a browser of its own: slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

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
  // Logged first: the customer's details say so, and it no longer needs a follow-up.
  await expect(page.getByRole('dialog').getByText(/^Last reminder: /)).toBeVisible();
  await expect(
    overview(page).getByRole('button', { name: 'Needs follow-up 1', exact: true }),
  ).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The reminder to Café Zürich is no longer logged.')).toBeVisible();
  await expect(page.getByRole('dialog').getByText('No reminder sent yet.')).toBeVisible();
  await expect(
    overview(page).getByRole('button', { name: 'Needs follow-up 2', exact: true }),
  ).toBeVisible();
});

test('where the popup can open, the reminder is left in it as its reminder draft, and handing it over logs a follow-up', async ({
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
    edited: true,
    subject: 'Reminder: please authorize Contoso Partners as your Microsoft partner',
    form: {
      customerId: 'c-cafe',
      customerName: 'Café Zürich',
      contactEmail: 'anna@cafe-zurich.ch',
      purpose: 'reminder',
      openInvitationId: 'inv-c-cafe',
    },
  });
  // Nothing is logged until it is handed over.
  await expect(page.getByText('No reminder sent yet.')).toBeVisible();

  // The popup opens on it as a reminder, and handing it over logs a follow-up on
  // that invitation, not a second invitation.
  const before = (await readDb(page)).invitations.length;
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('button', { name: /^Request options/ })).toContainText('reminder');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await popup.getByRole('button', { name: 'Done' }).click();
  const followUpsOfCafe = async () => {
    const { invitations } = await readDb(page);
    const cafe = invitations.find((i) => i.id === 'inv-c-cafe') as { followUps?: unknown[] };
    return { invitations: invitations.length, followUps: cafe.followUps?.length ?? 0 };
  };
  await expect.poll(followUpsOfCafe).toEqual({ invitations: before, followUps: 1 });
  await expect(page.getByText('No reminder sent yet.')).toHaveCount(0);
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
