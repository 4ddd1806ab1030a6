import { expect, test } from './fixtures';
import {
  allowClipboard,
  DIRECT_LINK,
  fillCustomer,
  readClipboard,
  readDb,
  savedDraft,
  setUpProfile,
  watchMailto,
} from './popup-helpers';

test('first use → profile → compose → copy → Done records the customer and the invitation', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  await allowClipboard(context);
  const page = await openExtensionPage('popup.html');
  await expect(page.getByRole('heading', { name: 'Partner profile' })).toBeVisible();
  await setUpProfile(page);

  await fillCustomer(page);
  const subject = page.getByRole('textbox', { name: 'Subject', exact: true });
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect(subject).toHaveValue('Please authorize Fabrikam IT as your Microsoft partner');
  await expect.poll(() => message.inputValue()).toContain(DIRECT_LINK);
  await expect.poll(() => message.inputValue()).toContain('Dear Jan de Vries,');
  await expect.poll(() => message.inputValue()).toContain('Microsoft 365 admin center');
  await expect.poll(() => message.inputValue()).toContain('Global Administrator');
  await expect.poll(() => message.inputValue()).toContain('Microsoft Customer Agreement');

  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const clip = await readClipboard(page);
  expect(clip['text/plain']).toContain(DIRECT_LINK);
  expect(clip['text/plain']).toContain('Dear Jan de Vries,');
  expect(clip['text/html']).toContain(`<a href="${DIRECT_LINK.replace(/&/g, '&amp;')}"`);
  expect(clip['text/html']).toContain('Contoso B.V.');

  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toContainText(
    'Contoso B.V.',
  );
  await expect(page.getByLabel('Customer name', { exact: true })).toHaveValue('');
  await expect(subject).toHaveValue('');

  const { customers, invitations } = await readDb(page);
  expect(customers).toHaveLength(1);
  expect(customers[0]).toMatchObject({
    name: 'Contoso B.V.',
    contactEmail: 'jan@contoso.com',
    contactName: 'Jan de Vries',
    domain: 'contoso.com',
    cloud: 'public',
  });
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({
    customerId: customers[0]!.id,
    status: 'sent',
    channel: 'clipboard',
    relationshipType: 'direct',
    purpose: 'new-relationship',
    cloud: 'public',
    adminPrivileges: true,
    language: 'en',
    link: DIRECT_LINK,
    subject: 'Please authorize Fabrikam IT as your Microsoft partner',
  });
  expect(invitations[0]!.text).toContain(DIRECT_LINK);
  expect(typeof invitations[0]!.sentAt).toBe('number');
  expect(pageErrors).toEqual([]);
});

test('Open in email app opens a mailto: with recipient, subject and body', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  const opened = watchMailto(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Open in email app' }).click();
  await expect.poll(() => opened.length).toBe(1);
  const url = new URL(opened[0]!);
  expect(url.protocol).toBe('mailto:');
  expect(decodeURIComponent(url.pathname)).toBe('jan@contoso.com');
  expect(url.searchParams.get('subject')).toBe(
    'Please authorize Fabrikam IT as your Microsoft partner',
  );
  const body = url.searchParams.get('body') ?? '';
  expect(body).toContain(DIRECT_LINK);
  expect(body).toContain('\r\n');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  const { invitations } = await readDb(page);
  expect(invitations[0]).toMatchObject({ channel: 'mail-app' });
});

test('Insert into compose with no mailbox open opens a prefilled Gmail compose; Done records gmail', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Insert into compose' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened a new Gmail compose window' }),
  ).toBeVisible();
  // The tab the hand-over opened (offline here, so its URL is read from the tabs API).
  const [worker] = context.serviceWorkers();
  const gmailUrl = () =>
    worker!.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<Array<{ url?: string; pendingUrl?: string }>> };
          };
        }
      ).chrome;
      const urls = (await api.tabs.query({})).map((tab) => tab.pendingUrl || tab.url || '');
      return urls.find((u) => u.startsWith('https://mail.google.com/')) ?? '';
    });
  await expect.poll(gmailUrl).not.toBe('');
  const compose = new URL(await gmailUrl());
  expect(compose.searchParams.get('view')).toBe('cm');
  expect(compose.searchParams.get('to')).toBe('jan@contoso.com');
  expect(compose.searchParams.get('su')).toBe(
    'Please authorize Fabrikam IT as your Microsoft partner',
  );
  expect(compose.searchParams.get('body')).toContain(DIRECT_LINK);
  await page.bringToFront();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  const { invitations } = await readDb(page);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({ channel: 'gmail', status: 'sent' });
});

test('a hand-over counts while the draft is what was handed over; Done after an edit records it as other, in the same record', async ({
  context,
  openExtensionPage,
}) => {
  await allowClipboard(context);
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByText('Handed over with: Copy to clipboard.')).toBeVisible();

  const contact = page.getByLabel('Contact name', { exact: true });
  await contact.fill('Anna de Vries');
  await expect(page.getByText('Handed over with')).toHaveCount(0);
  await contact.fill('Jan de Vries');
  await expect(page.getByText('Handed over with: Copy to clipboard.')).toBeVisible();
  await contact.fill('Anna de Vries');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  const { invitations } = await readDb(page);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({ channel: 'other', status: 'sent' });
  expect(invitations[0]!.text).toContain('Dear Anna de Vries,');
});

test('a hand-over stored by an earlier version (the bare channel) still counts on reopening', async ({
  openExtensionPage,
}) => {
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await expect.poll(async () => (await savedDraft(page))?.link).toBe(DIRECT_LINK);
  await page.close();
  // What an earlier version stored after Copy: the bare channel beside its draft, no
  // record. Written from another page once the popup is gone, so no late save of the
  // popup's own can take it away again.
  const other = await openExtensionPage('options.html');
  await other.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      }
    ).chrome;
    await api.storage.local.set({ popupLastChannel: 'clipboard' });
  });
  await other.close();

  page = await openExtensionPage('popup.html');
  await expect(page.getByText('Handed over with: Copy to clipboard.')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  const { invitations } = await readDb(page);
  expect(invitations).toHaveLength(1);
  expect(invitations[0]).toMatchObject({ channel: 'clipboard', status: 'sent' });
});
