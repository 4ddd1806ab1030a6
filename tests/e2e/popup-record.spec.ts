/**
 * The record keeps itself: a hand-over is saved at once as a draft with its
 * channel; the popup, reopened, shows it first (Mark as sent, Discard); Done
 * always records; a draft the compose window's Send made `sent` shows as sent.
 */
import { expect, test } from './fixtures';
import {
  allowClipboard,
  DIRECT_LINK,
  fillCustomer,
  readDb,
  setUpProfile,
  storedHandover,
} from './popup-helpers';
import { setStoredStatus } from './popup-seed';

test('the popup closes after a hand-over: reopened, it shows the hand-over first, saved as a draft', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  await expect(page.getByText('Handed over with: Copy to clipboard.')).toBeVisible();
  // Saved at once, as a draft with its channel: nothing depends on coming back.
  await expect.poll(async () => (await readDb(page)).invitations).toHaveLength(1);
  expect((await readDb(page)).invitations[0]).toMatchObject({
    status: 'draft',
    channel: 'clipboard',
  });
  await expect.poll(async () => (await storedHandover(page))?.invitationId).toBeTruthy();
  await page.close();

  page = await openExtensionPage('popup.html');
  const notice = page.getByRole('region', { name: /Copied to the clipboard for Contoso B\.V\./ });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Mark as sent' })).toBeFocused();
  await expect(notice.getByRole('button', { name: 'Discard' })).toBeVisible();
  // A double click records once.
  await notice.getByRole('button', { name: 'Mark as sent' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded as sent' })).toContainText(
    'Contoso B.V.',
  );
  await expect(notice).toHaveCount(0);
  const { invitations } = await readDb(page);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({ channel: 'clipboard', status: 'sent' });
  expect(typeof invitations[0]!.sentAt).toBe('number');
  // Mark as sent cleared the unfinished draft: the next popup starts blank.
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await page.close();
  page = await openExtensionPage('popup.html');
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);
});

test('Discard takes the hand-over back: no draft record, and no customer it alone created', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect.poll(async () => (await storedHandover(page))?.invitationId).toBeTruthy();
  expect((await readDb(page)).customers).toHaveLength(1);
  await page.close();

  page = await openExtensionPage('popup.html');
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Discarded' })).toContainText(
    'Contoso B.V.',
  );
  expect(await readDb(page)).toEqual({ customers: [], invitations: [] });
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await expect.poll(() => storedHandover(page)).toBeUndefined();
});

test('Done without a hand-over records the invitation as sent some other way (channel other)', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await expect(page.getByText('Done records it as sent')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  const { customers, invitations } = await readDb(page);
  expect(customers).toHaveLength(1);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({ status: 'sent', channel: 'other', link: DIRECT_LINK });
});

test('a hand-over whose draft was sent meanwhile (Send seen in the compose) shows as sent, not pending', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect.poll(async () => (await storedHandover(page))?.invitationId).toBeTruthy();
  const id = String((await storedHandover(page))!.invitationId);
  await page.waitForTimeout(400); // past the save debounce
  await page.close();
  // What lib/db markSent does when the background reports the compose window's Send.
  const other = await openExtensionPage('options.html');
  await setStoredStatus(other, id, 'sent');

  page = await openExtensionPage('popup.html');
  await expect(
    page.getByRole('status').filter({ hasText: 'was sent and is recorded' }),
  ).toContainText('Contoso B.V.');
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  expect((await readDb(page)).invitations).toHaveLength(1);
});
