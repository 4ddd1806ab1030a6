/**
 * Issue 11 in Outlook on the web, whose body is a real roosterjs editor, and in
 * the Dutch variants of both webmails: the button, the journey into that editor,
 * Send recorded; and the popup's Insert into compose recorded by Send too.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  composeButtons,
  dialogOf,
  invitations,
  NAMES,
  openDialog,
  pickKnownCustomer,
  readyExtension,
  screenshot,
} from './compose-helpers';
import { expect, test } from './fixtures';
import { rowOf } from './options-fixtures';
import {
  clickInsert,
  drafts,
  fixturePage,
  GMAIL_HEADERS,
  GMAIL_URL,
  OUTLOOK_URL,
  openWebmail,
  readyPopup,
  roosterPage,
} from './webmail-helpers';

interface RoosterHandle {
  exportHtml(): string;
  changes: string[];
}
/** The links of the editor's own export: what roosterjs would send. */
const exportedLinks = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const html = (
      window as unknown as { __outlookEditor: RoosterHandle }
    ).__outlookEditor.exportHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  });

test.describe('Outlook on the web (roosterjs): the in-compose button', () => {
  test('one button in the command area; search a known customer → Insert → the editor has it; Send records it', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const popup = await readyExtension(openExtensionPage);
    const page = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-compose.html'),
    );
    await expect(composeButtons(page)).toHaveCount(1);
    const toolbar = page.getByRole('toolbar');
    await expect(toolbar.getByRole('button').first()).toHaveAccessibleName('Send');
    await screenshot(toolbar, 'outlook-en-button');
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox', { name: 'Customer' }).fill('Bakk');
    await expect(dialog.getByRole('option', { name: /Bakkerij de Zon/ })).toBeVisible();
    await screenshot(page, 'outlook-en-dialog');
    await dialog.getByRole('option', { name: /Bakkerij de Zon/ }).click();
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(dialogOf(page)).toHaveCount(0);
    // The editor registered it: its own export has the link, through its paste path.
    await expect
      .poll(async () => (await exportedLinks(page)).some((l) => l.includes('partnerId=0f1e2d3c')))
      .toBe(true);
    expect((await drafts(page)).c1!.to).toEqual(['jan@bakkerijdezon.nl']);
    const [, inserted] = await invitations(popup);
    expect(inserted).toMatchObject({ status: 'draft', channel: 'outlook' });

    await toolbar.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await invitations(popup))[1]?.status).toBe('sent');
    expect((await invitations(popup))[1]).toMatchObject({ channel: 'outlook' });
    const options = await openExtensionPage('options.html');
    await expect(rowOf(options, 'Bakkerij de Zon')).toContainText('Sent');
    expect(pageErrors).toEqual([]);
  });

  test('a discarded compose stays a draft', async ({ context, serveHtml, openExtensionPage }) => {
    const popup = await readyExtension(openExtensionPage);
    const page = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-compose.html'),
    );
    const dialog = await openDialog(page);
    await pickKnownCustomer(dialog);
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(dialogOf(page)).toHaveCount(0);
    await page.getByRole('toolbar').getByRole('button', { name: 'Discard' }).click();
    await expect(page.locator('[data-fixture-compose]')).toHaveCount(0);
    await page.waitForTimeout(200);
    expect((await invitations(popup))[1]).toMatchObject({ status: 'draft' });
  });

  test("the popup's Insert into compose: that window's Send marks it sent, no Done needed", async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const page = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-compose.html'),
    );
    const popup = await readyPopup(openExtensionPage);
    expect(await clickInsert(popup)).toContain('Outlook');
    await expect.poll(async () => (await invitations(popup))[0]?.status).toBe('draft');
    await page.bringToFront();
    await page.locator('div[aria-multiline="true"]').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await invitations(popup))[0]?.status).toBe('sent');
    expect((await invitations(popup))[0]).toMatchObject({ channel: 'outlook' });
  });
});

test.describe('Dutch webmail and browser', () => {
  test.use({ lang: 'nl' });
  const nl = NAMES.nl;

  test('Gmail in Dutch: Reseller-uitnodiging invoegen → Invoegen → Verzenden records it', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const popup = await readyExtension(openExtensionPage, { viaStorage: true });
    const page = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-nl.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    await expect(composeButtons(page, 'nl')).toHaveCount(1);
    await screenshot(page.locator('[role="dialog"]').first(), 'gmail-nl-button');
    const dialog = await openDialog(page, 0, 'nl');
    await dialog.getByRole('combobox', { name: nl.customer }).fill('Nieuwe Klant B.V.');
    await dialog.getByLabel(nl.email).fill('info@nieuweklant.nl');
    await expect(dialog).toContainText('Nederlands');
    await screenshot(page, 'gmail-nl-dialog');
    const axe = await new AxeBuilder({ page }).include('[data-csp-compose-dialog]').analyze();
    expect(axe.violations).toEqual([]);
    await dialog.getByRole('button', { name: nl.insert, exact: true }).click();
    await expect(dialogOf(page, 'nl')).toHaveCount(0);
    const draft = (await drafts(page)).c1!;
    expect(draft.to).toEqual(['info@nieuweklant.nl']);
    expect(draft.links.some((l) => l.includes('partnerId=0f1e2d3c'))).toBe(true);
    await page.getByRole('button', { name: /^Verzenden/ }).click();
    await expect.poll(async () => (await invitations(popup))[1]?.status).toBe('sent');
    expect((await invitations(popup))[1]).toMatchObject({ channel: 'gmail', language: 'nl' });
  });

  test('Outlook in Dutch: the journey into roosterjs, Verzenden records it', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const popup = await readyExtension(openExtensionPage, { viaStorage: true });
    const page = await openWebmail(context, serveHtml, OUTLOOK_URL, roosterPage('outlook-nl.html'));
    await expect(composeButtons(page, 'nl')).toHaveCount(1);
    await screenshot(page.getByRole('toolbar'), 'outlook-nl-button');
    const dialog = await openDialog(page, 0, 'nl');
    await dialog.getByRole('combobox', { name: nl.customer }).fill('Bakk');
    await expect(dialog.getByRole('option', { name: /Bakkerij de Zon/ })).toBeVisible();
    await screenshot(page, 'outlook-nl-dialog');
    await dialog.getByRole('option', { name: /Bakkerij de Zon/ }).click();
    await dialog.getByRole('button', { name: nl.insert, exact: true }).click();
    await expect(dialogOf(page, 'nl')).toHaveCount(0);
    await expect
      .poll(async () => (await exportedLinks(page)).some((l) => l.includes('partnerId=0f1e2d3c')))
      .toBe(true);
    await page.getByRole('toolbar').getByRole('button', { name: 'Verzenden', exact: true }).click();
    await expect.poll(async () => (await invitations(popup))[1]?.status).toBe('sent');
    expect((await invitations(popup))[1]).toMatchObject({ channel: 'outlook' });
  });
});
