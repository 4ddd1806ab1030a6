/**
 * Firefox: the popup's first use to a recorded invitation, and the options page
 * listing it (mirrors tests/e2e/popup.spec.ts and options.spec.ts).
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Firefox, launchFirefox } from './harness';
import {
  announcements,
  byRole,
  DIRECT_LINK,
  expectAnnounced,
  fieldValue,
  fillCustomer,
  readDb,
  SUBJECT,
  setUpProfile,
} from './ui';

let firefox: Firefox;
beforeEach(async () => {
  firefox = await launchFirefox();
});
afterEach(() => firefox?.close());

test('first use → profile → compose → copy → Done records it in IndexedDB; the options page lists and searches it', async () => {
  const page = await firefox.openExtensionPage('popup.html');
  await setUpProfile(page);
  await fillCustomer(page);
  await expect.poll(() => fieldValue(page, 'textbox', 'Subject')).toBe(SUBJECT);
  const message = await fieldValue(page, 'textbox', 'Message');
  expect(message).toContain(DIRECT_LINK);
  expect(message).toContain('Dear Jan de Vries,');
  expect(message).toContain('Global Administrator');

  await byRole(page, 'button', 'Copy to clipboard').click();
  await expectAnnounced(page, 'Copied');
  // Extension pages may read the clipboard back in Firefox without a prompt.
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const flavours: Record<string, string> = {};
    for (const type of item?.types ?? []) flavours[type] = await (await item!.getType(type)).text();
    return flavours;
  });
  expect(clip['text/plain']).toContain(DIRECT_LINK);
  expect(clip['text/plain']).toContain('Dear Jan de Vries,');
  expect(clip['text/html']).toContain(`<a href="${DIRECT_LINK.replace(/&/g, '&amp;')}"`);

  await byRole(page, 'button', 'Done').click();
  await expectAnnounced(page, 'Recorded');
  expect((await announcements(page)).join(' ')).toContain('Contoso B.V.');
  expect(await fieldValue(page, 'combobox', 'Customer name')).toBe('');
  expect(await fieldValue(page, 'textbox', 'Subject')).toBe('');

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
    adminPrivileges: true,
    language: 'en',
    link: DIRECT_LINK,
    subject: SUBJECT,
  });
  expect(typeof invitations[0]!.sentAt).toBe('number');

  const options = await firefox.openExtensionPage('options.html');
  const names = () =>
    options.$$eval('table.customers tbody th[scope=row]', (ths) =>
      ths.map((th) => th.textContent?.trim()),
    );
  await expect.poll(names).toEqual(['Contoso B.V.']);
  const search = byRole(options, 'searchbox', 'Search customers');
  await search.fill('jan@contoso');
  await expect.poll(() => options.evaluate(() => location.hash)).toBe('#q=jan%40contoso');
  await expect.poll(names).toEqual(['Contoso B.V.']);
  await search.fill('nothing like it');
  await expect.poll(names).toEqual([]);
  await options.waitForSelector('::-p-text(No customer matches the search and filters.)');
  expect(await firefox.consoleErrors()).toEqual([]);
});
