/**
 * Real-world editors and pages: Outlook's own editor (roosterjs, bundled into
 * the fixture page), Dutch Gmail and Outlook, and a hostile page that forges
 * WXT's "newer content script started" handshake. Fixture pages keep their
 * model from the editor's own events only; for roosterjs that is the editor's
 * `contentChanged` and its own export.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clickInsert,
  drafts,
  fixturePage,
  GMAIL_HEADERS,
  GMAIL_URL,
  LINK,
  OUTLOOK_URL,
  openWebmail,
  PAYLOAD,
  readyPopup,
  roosterPage,
  sendFromExtension,
} from './webmail-helpers';

interface RoosterHandle {
  exportHtml(): string;
  exportText(): string;
  changes: string[];
}

const exportHtml = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __outlookEditor: RoosterHandle }).__outlookEditor.exportHtml(),
  );
const exportText = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __outlookEditor: RoosterHandle }).__outlookEditor.exportText(),
  );
const pasteChanges = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __outlookEditor: RoosterHandle }).__outlookEditor.changes.filter(
      (c) => c === 'Paste',
    ),
  );

/** The links of the editor's own HTML export, read back by the test's page. */
const exportedLinks = (page: Page) =>
  page.evaluate(() => {
    const html = (
      window as unknown as { __outlookEditor: RoosterHandle }
    ).__outlookEditor.exportHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('a[href]')].map((a) => [a.getAttribute('href'), a.textContent]);
  });

const insertOutlook = (popup: Page, payload: object = PAYLOAD) =>
  sendFromExtension(popup, 'https://outlook.office.com/*', { type: 'insert', payload });

test.describe('Outlook on the web with its real editor (roosterjs)', () => {
  test('Insert into compose from the popup: a link in the export, greeting first, signature below; one Ctrl+Z restores the body', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const outlook = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-compose.html'),
    );
    const before = await exportHtml(outlook);
    const popup = await readyPopup(openExtensionPage);

    expect(await clickInsert(popup)).toContain('Outlook');

    await expect.poll(() => pasteChanges(outlook)).toEqual(['Paste']);
    const links = await exportedLinks(outlook);
    expect(links).toHaveLength(1);
    expect(links[0]![0]).toMatch(/^https:\/\/admin\.microsoft\.com\//);
    expect(links[0]![1]).toBe(links[0]![0]);
    const text = await exportText(outlook);
    expect(text.trimStart()).toMatch(/^Dear Jan Jansen,/);
    expect(text.indexOf(links[0]![0]!)).toBeLessThan(text.indexOf('Anna de Vries'));
    expect((await drafts(outlook)).c1).toMatchObject({ to: ['it@contoso.com'] });

    // The partner takes it back: one Ctrl+Z in the editor, as on the real page.
    await outlook.bringToFront();
    await outlook.keyboard.press('Control+z');
    await expect.poll(() => exportHtml(outlook)).toBe(before);
    expect(pageErrors).toEqual([]);
  });

  test('through the paste path; typing goes on right after the inserted text', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const outlook = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-compose.html'),
    );
    const popup = await openExtensionPage('popup.html');

    expect(await insertOutlook(popup)).toMatchObject({
      ok: true,
      site: 'outlook',
      body: 'at-top',
      via: 'paste',
    });
    expect(await exportedLinks(outlook)).toEqual([[LINK, LINK]]);

    await outlook.bringToFront();
    await outlook.keyboard.type(' Tot ziens.');
    await expect.poll(() => exportText(outlook)).toContain('Tot ziens.');
    const text = await exportText(outlook);
    expect(text).toMatch(/Anna\s*Tot ziens\./);
    expect(text.indexOf('Tot ziens.')).toBeLessThan(text.indexOf('Anna de Vries'));
    expect(pageErrors).toEqual([]);
  });

  test('a reply: the text goes above signature and quoted message (#appendonsend, #divRplyFwdMsg)', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const outlook = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-reply.html'),
    );
    const popup = await openExtensionPage('popup.html');

    expect(await insertOutlook(popup)).toMatchObject({
      ok: true,
      recipient: 'already-present',
      subject: 'hidden-reply',
      via: 'paste',
    });
    const html = await exportHtml(outlook);
    const at = (part: string) => html.indexOf(part);
    expect(at('href=')).toBeGreaterThan(-1);
    expect(at('href=')).toBeLessThan(at('Anna de Vries'));
    expect(at('Anna de Vries')).toBeLessThan(at('divRplyFwdMsg'));
    expect(at('appendonsend')).toBeLessThan(at('divRplyFwdMsg'));
    expect(at('divRplyFwdMsg')).toBeLessThan(at('Could you send us the invitation?'));
    expect(pageErrors).toEqual([]);
  });

  test('caret in the body: the text goes exactly there, inline, still one undo step', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const outlook = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-compose.html'),
    );
    await outlook.locator('div[aria-multiline="true"] > div').first().click();
    await outlook.keyboard.type('Dear Jan, ');
    await expect.poll(() => exportText(outlook)).toContain('Dear Jan,');
    const typed = await exportHtml(outlook);
    const popup = await openExtensionPage('popup.html');

    expect(await insertOutlook(popup)).toMatchObject({ ok: true, body: 'at-caret', via: 'paste' });
    const text = await exportText(outlook);
    expect(text).toMatch(/^Dear Jan,\s?Hello Jan,/);
    expect(text.indexOf(LINK)).toBeLessThan(text.indexOf('Anna de Vries'));

    await outlook.bringToFront();
    await outlook.keyboard.press('Control+z');
    await expect.poll(() => exportHtml(outlook)).toBe(typed);
    expect(pageErrors).toEqual([]);
  });

  for (const [where, click] of [
    ['in the subject', (page: Page) => page.locator('input[aria-label="Add a subject"]').click()],
    ['in the signature', (page: Page) => page.getByText('Contoso Partner IT').click()],
  ] as const) {
    test(`caret ${where}: the text goes to the top of the body, above the signature`, async ({
      context,
      serveHtml,
      openExtensionPage,
      pageErrors,
    }) => {
      const outlook = await openWebmail(
        context,
        serveHtml,
        OUTLOOK_URL,
        roosterPage('outlook-compose.html'),
      );
      await click(outlook);
      const popup = await openExtensionPage('popup.html');

      expect(await insertOutlook(popup)).toMatchObject({ ok: true, body: 'at-top', via: 'paste' });
      const text = await exportText(outlook);
      expect(text.trimStart()).toMatch(/^Hello Jan,/);
      expect(text.indexOf(LINK)).toBeLessThan(text.indexOf('Anna de Vries'));
      expect(text.split('Contoso Partner IT')).toHaveLength(2);
      expect(pageErrors).toEqual([]);
    });
  }
});

test.describe('Dutch pages (Aan, Onderwerp, Berichttekst, Verzenden)', () => {
  test('Gmail in Dutch, under Trusted Types: chip, subject and the link above the signature', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-nl.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const popup = await openExtensionPage('popup.html');

    expect(
      await sendFromExtension(popup, 'https://mail.google.com/*', {
        type: 'insert',
        payload: PAYLOAD,
      }),
    ).toMatchObject({ ok: true, recipient: 'added', subject: 'set', via: 'paste' });
    await expect.poll(async () => (await drafts(gmail)).c1?.links).toEqual([LINK]);
    const draft = (await drafts(gmail)).c1!;
    expect(draft.to).toEqual(['it@contoso.com']);
    expect(draft.subject).toBe(PAYLOAD.subject);
    expect(draft.body.indexOf(LINK)).toBeLessThan(draft.body.indexOf('Anna de Vries'));
    expect(pageErrors).toEqual([]);
  });

  test('Outlook in Dutch with roosterjs: the Aan well gets the chip, CC stays empty, subject set', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const outlook = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      roosterPage('outlook-nl.html'),
    );
    const popup = await openExtensionPage('popup.html');

    expect(await insertOutlook(popup)).toMatchObject({
      ok: true,
      recipient: 'added',
      subject: 'set',
      via: 'paste',
    });
    await expect.poll(async () => (await drafts(outlook)).c1?.to).toEqual(['it@contoso.com']);
    const draft = (await drafts(outlook)).c1!;
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe(PAYLOAD.subject);
    expect(await exportedLinks(outlook)).toEqual([[LINK, LINK]]);
    const text = await exportText(outlook);
    expect(text.indexOf(LINK)).toBeLessThan(text.indexOf('Met vriendelijke groet'));
    expect(pageErrors).toEqual([]);
  });
});

test.describe('a hostile page', () => {
  test('forging WXT\'s "newer script started" handshake does not switch the content script off', async ({
    context,
    serveHtml,
    openExtensionPage,
    extensionId,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-new-compose.html', {
        head: ['hostile-page.js'],
        body: ['gmail-model.js'],
      }),
      GMAIL_HEADERS,
    );
    // The page forges the event under every name WXT could use for our scripts.
    await gmail.evaluate(
      (id) => (window as unknown as { __forgeFor(id: string): void }).__forgeFor(id),
      extensionId,
    );
    expect(
      await gmail.evaluate(() => (window as unknown as { __forged: string[] }).__forged),
    ).toContain(`${extensionId}:gmail:wxt:content-script-started`);
    const popup = await readyPopup(openExtensionPage);

    expect(await clickInsert(popup)).toContain('Gmail');
    await expect.poll(async () => (await drafts(gmail)).c1?.to).toEqual(['it@contoso.com']);
    expect((await drafts(gmail)).c1?.pastes).toBe(1);

    // Injected again (as for tabs opened before install), the page forges once more: still one answer.
    await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id?: number }>> };
          scripting: { executeScript(i: object): Promise<unknown> };
        };
      };
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/content-scripts/gmail.js'],
      });
    });
    await gmail.evaluate(
      (id) => (window as unknown as { __forgeFor(id: string): void }).__forgeFor(id),
      extensionId,
    );
    expect(await sendFromExtension(popup, 'https://mail.google.com/*', { type: 'ping' })).toEqual({
      site: 'gmail',
      composeCount: 1,
    });
    expect(pageErrors).toEqual([]);
  });
});
