/**
 * The everyday journey at a real popup's size (400×600): a returning customer
 * into an open Gmail compose in four interactions, by mouse and by keyboard;
 * the e-mail signs once; the reminder becomes an event on the open invitation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, GMAIL_TRUSTED_TYPES_CSP, test } from './fixtures';
import { readDb, setUpProfile } from './popup-helpers';
import { seedReturningCustomer } from './popup-seed';

const POPUP_SIZE = { width: 400, height: 600 };
const FIXTURES = join(import.meta.dirname, '../fixtures/webmail');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

interface Draft {
  to: string[];
  subject: string;
  body: string;
  links: string[];
}

async function openGmail(
  context: BrowserContext,
  serveHtml: (url: string, html: string, o?: { headers?: Record<string, string> }) => Promise<void>,
  fixture: string,
): Promise<Page> {
  const model = readFileSync(join(FIXTURES, 'gmail-model.js'), 'utf8');
  const html = readFileSync(join(FIXTURES, fixture), 'utf8').replace(
    '</body>',
    `<script>${model}</script></body>`,
  );
  await serveHtml(GMAIL_URL, html, {
    headers: { 'content-security-policy': GMAIL_TRUSTED_TYPES_CSP },
  });
  const page = await context.newPage();
  await page.goto(GMAIL_URL);
  await expect(page.locator('html')).toHaveAttribute('data-csp-invitations', 'gmail');
  return page;
}

const draftOf = (gmail: Page) =>
  gmail.evaluate(() => (window as unknown as { __drafts: Record<string, Draft> }).__drafts.c1!);

/** Set up once, before the journey: a profile and a customer with an invitation sent 12 days ago. */
async function returningCustomer(openExtensionPage: (path: string) => Promise<Page>) {
  const setup = await openExtensionPage('popup.html');
  await setUpProfile(setup);
  await seedReturningCustomer(setup, { daysAgo: 12, language: 'nl' });
  await setup.close();
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Inside the 400×600 viewport, with the page not scrolled. */
async function expectInView(page: Page, names: string[]) {
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  for (const name of names) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.y + box!.height, `${name} is below the fold`).toBeLessThanOrEqual(
      POPUP_SIZE.height,
    );
  }
}

test('at 400×600 the first use keeps Save profile in view, every day keeps the hand-over buttons in view', async ({
  context,
  extensionId,
}) => {
  const page = await openPopup(context, extensionId);
  await expect(page.getByLabel('Partner tenant ID', { exact: true })).toBeFocused();
  await expectInView(page, ['Save profile']);
  await setUpProfile(page);
  await page.getByLabel('Customer name', { exact: true }).fill('Contoso B.V.');
  await page.getByLabel('Contact email', { exact: true }).fill('jan@contoso.com');
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).not.toHaveValue('');
  await expect(page.getByRole('button', { name: /^Request options/ })).toBeInViewport();
  await expectInView(page, [
    'Insert into compose',
    'Open in email app',
    'Copy to clipboard',
    'Done',
  ]);
  await expect(page.getByRole('textbox', { name: 'Subject', exact: true })).toBeInViewport();
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeInViewport();
});

test('a returning customer into an open Gmail compose takes 4 interactions; the reminder is an event on its invitation', async ({
  context,
  extensionId,
  serveHtml,
  openExtensionPage,
  pageErrors,
}) => {
  await returningCustomer(openExtensionPage);
  const gmail = await openGmail(context, serveHtml, 'gmail-signature.html');

  let interactions = 0;
  const act = <T>(step: () => Promise<T>) => {
    interactions += 1;
    return step();
  };
  const popup = await act(() => openPopup(context, extensionId)); // 1. the toolbar button
  const name = popup.getByRole('combobox', { name: 'Customer name' });
  await act(() => name.pressSequentially('bak')); // 2. type
  const option = popup.getByRole('option', { name: /^Bakkerij de Zon Sent 12 days ago · waiting/ });
  await act(() => option.click()); // 3. pick
  await expect(popup.getByRole('button', { name: /^Request options/ })).toContainText(
    'reminder · Nederlands',
  );
  await act(() => popup.getByRole('button', { name: 'Insert into compose' }).click()); // 4. Insert
  expect(interactions).toBe(4);

  await expect(popup.getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await expect.poll(async () => (await draftOf(gmail)).links.length).toBe(1);
  const draft = await draftOf(gmail);
  expect(draft.to).toEqual(['jan@bakkerijdezon.nl']);
  expect(draft.subject).toMatch(/^Herinnering: /);
  expect(draft.body).toContain('dezelfde link nogmaals');
  // The same personalized link as the invitation it follows up (stored with DAP=false).
  expect(draft.links[0]).toContain('DAP=false');
  // One sign-off: the compose has a signature, so the draft's own stays out.
  expect(draft.body).not.toContain('Met vriendelijke groet');
  expect(draft.body.indexOf(draft.links[0]!)).toBeLessThan(draft.body.indexOf('Anna de Vries'));
  // A reminder is no new invitation: nothing is written until it is sent.
  expect((await readDb(popup)).invitations).toHaveLength(1);
  await popup.close();

  const reopened = await openPopup(context, extensionId);
  const notice = reopened.getByRole('region', { name: /Inserted into Gmail for Bakkerij de Zon/ });
  await expect(notice).toContainText('(reminder)');
  await notice.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(
    reopened.getByRole('status').filter({ hasText: 'a reminder on the invitation' }),
  ).toBeVisible();
  const { invitations } = await readDb(reopened);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({ id: 'i1', status: 'sent' });
  expect(invitations[0]!.followUps).toEqual([{ at: expect.any(Number), channel: 'gmail' }]);
  expect(pageErrors).toEqual([]);
});

test('keyboard only: type, pick with the arrow keys, Ctrl+Enter inserts, Enter on Done records', async ({
  context,
  extensionId,
  serveHtml,
  openExtensionPage,
}) => {
  await returningCustomer(openExtensionPage);
  const gmail = await openGmail(context, serveHtml, 'gmail-new-compose.html');
  const popup = await openPopup(context, extensionId);
  const name = popup.getByRole('combobox', { name: 'Customer name' });
  await expect(name).toBeFocused();
  await popup.keyboard.type('bakk');
  await expect(popup.getByRole('option')).toHaveCount(1);
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await expect(name).toHaveValue('Bakkerij de Zon');
  await expect(popup.getByLabel('Contact email', { exact: true })).toHaveValue(
    'jan@bakkerijdezon.nl',
  );
  await popup.keyboard.press('Control+Enter');
  const done = popup.getByRole('button', { name: 'Done', exact: true });
  await expect(done).toBeFocused();
  await expect.poll(async () => (await draftOf(gmail)).links.length).toBe(1);
  // No signature in this compose: the draft signs, once.
  const body = (await draftOf(gmail)).body;
  expect(body.split('Met vriendelijke groet,').length - 1).toBe(1);
  await popup.keyboard.press('Enter');
  await expect(
    popup.getByRole('status').filter({ hasText: 'a reminder on the invitation' }),
  ).toBeVisible();
  await expect(name).toBeFocused();
  const { invitations } = await readDb(popup);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]!.followUps).toEqual([{ at: expect.any(Number), channel: 'gmail' }]);
});
