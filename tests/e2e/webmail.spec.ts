/**
 * The built extension inserting into webmail compose windows served at their
 * real URLs. Each fixture page keeps its own model of its drafts from the events
 * it receives (tests/fixtures/webmail/*-model.js), like the real editors: the
 * assertions read that model, so they pass only when the editor was told.
 */
import { gmailComposeUrl } from '../../lib/webmail/compose-url';
import { expect, test } from './fixtures';
import {
  type ChromeTabs,
  drafts,
  fixturePage,
  GMAIL_HEADERS,
  GMAIL_URL,
  LINK,
  OUTLOOK_URL,
  openWebmail,
  PAYLOAD,
  sendFromExtension,
} from './webmail-helpers';

test.describe('Gmail', () => {
  test('fills a new compose: recipient chip, subject, body with the link, signature below', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-signature.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const popup = await openExtensionPage('popup.html');

    const ping = await sendFromExtension(popup, 'https://mail.google.com/*', { type: 'ping' });
    expect(ping).toEqual({ site: 'gmail', composeCount: 1 });
    const result = await sendFromExtension(popup, 'https://mail.google.com/*', {
      type: 'insert',
      payload: PAYLOAD,
    });

    expect(result).toMatchObject({
      ok: true,
      site: 'gmail',
      recipient: 'added',
      subject: 'set',
      body: 'at-top',
      // Gmail's editor (the fixture's model) took our paste: no node insertion.
      via: 'paste',
    });
    await expect.poll(async () => (await drafts(gmail)).c1?.pastes).toBe(1);
    const draft = (await drafts(gmail)).c1!;
    expect(draft.to).toEqual(['it@contoso.com']);
    expect(draft.subject).toBe(PAYLOAD.subject);
    expect(draft.links).toEqual([LINK]);
    expect(draft.body).toContain('Please accept us as your Microsoft reseller:');
    expect(draft.body.indexOf(LINK)).toBeLessThan(draft.body.indexOf('Anna de Vries'));
    await expect(gmail.locator('div[name="to"] [data-hovercard-id="it@contoso.com"]')).toHaveCount(
      1,
    );
    expect(pageErrors).toEqual([]);
  });

  test('with two compose windows and no caret, asks which; then writes into the chosen one only', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-two-composes.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const before = await drafts(gmail);
    const c1Html = await gmail.locator('[data-fixture-compose="c1"] .M9').innerHTML();
    const popup = await openExtensionPage('popup.html');

    const question = await sendFromExtension(popup, 'https://mail.google.com/*', {
      type: 'insert',
      payload: PAYLOAD,
    });
    expect(question).toMatchObject({ ok: false, code: 'several-composes' });
    const composes = (question as { composes: Array<{ id: string; label: string }> }).composes;
    expect(composes.map((c) => c.label)).toEqual([
      'To: it@fabrikam.com — Licences for Q3',
      'New message',
    ]);
    expect(await drafts(gmail)).toEqual(before);

    const result = await sendFromExtension(popup, 'https://mail.google.com/*', {
      type: 'insert',
      payload: { ...PAYLOAD, composeId: composes[1]!.id },
    });
    expect(result).toMatchObject({ ok: true, composeId: composes[1]!.id });
    await expect.poll(async () => (await drafts(gmail)).c2?.links).toEqual([LINK]);
    const after = await drafts(gmail);
    expect(after.c2).toMatchObject({ to: ['it@contoso.com'], subject: PAYLOAD.subject });
    expect(after.c1).toEqual(before.c1);
    expect(await gmail.locator('[data-fixture-compose="c1"] .M9').innerHTML()).toBe(c1Html);
    expect(pageErrors).toEqual([]);
  });

  test('goes to the compose window holding the caret, at the caret', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-two-composes.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const before = await drafts(gmail);
    await gmail.locator('[data-fixture-compose="c1"] [g_editable="true"] div').last().click();
    await gmail.keyboard.press('End');
    await gmail.keyboard.type(' See below.');
    const popup = await openExtensionPage('popup.html');

    const result = await sendFromExtension(popup, 'https://mail.google.com/*', {
      type: 'insert',
      payload: { ...PAYLOAD, to: 'it@fabrikam.com' },
    });

    expect(result).toMatchObject({
      ok: true,
      recipient: 'already-present',
      subject: 'kept-existing',
      existingSubject: 'Licences for Q3',
      body: 'at-caret',
    });
    await expect.poll(async () => (await drafts(gmail)).c1?.links).toEqual([LINK]);
    const after = await drafts(gmail);
    expect(after.c1?.to).toEqual(['it@fabrikam.com']);
    expect(after.c1?.subject).toBe('Licences for Q3');
    expect(after.c1?.body).toMatch(/The renewal is due\. See below\.Hello Jan,/);
    expect(after.c2).toEqual(before.c2);
    expect(pageErrors).toEqual([]);
  });

  test('an inline reply keeps its subject and recipient; the text goes above signature and quote', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-inline-reply.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const popup = await openExtensionPage('popup.html');

    const result = await sendFromExtension(popup, 'https://mail.google.com/*', {
      type: 'insert',
      payload: PAYLOAD,
    });

    expect(result).toMatchObject({
      ok: true,
      recipient: 'already-present',
      subject: 'hidden-reply',
    });
    await expect.poll(async () => (await drafts(gmail)).c1?.links).toEqual([LINK]);
    const draft = (await drafts(gmail)).c1!;
    expect(draft.to).toEqual(['it@contoso.com']);
    expect(draft.subject).toBe('Re: Reseller relationship');
    expect(draft.body.indexOf(LINK)).toBeLessThan(draft.body.indexOf('Anna de Vries'));
    expect(draft.body.indexOf('Anna de Vries')).toBeLessThan(draft.body.indexOf('wrote:'));
    expect(pageErrors).toEqual([]);
  });

  test('a prefilled compose URL reaches Gmail intact: spaces, line breaks, non-ASCII', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const prefill = {
      to: 'it@contoso.com',
      subject: 'Uitnodiging – Contoso & Zoë',
      body: `Hallo Zoë,\n\nKlik: ${LINK}\nGroet`,
    };
    const url = gmailComposeUrl(prefill);
    await serveHtml(
      /^https:\/\/mail\.google\.com\/mail\/\?view=cm/,
      fixturePage('gmail-standalone.html', 'gmail-standalone-model.js'),
      {
        headers: GMAIL_HEADERS,
      },
    );
    const popup = await openExtensionPage('popup.html');

    const opened = context.waitForEvent('page');
    await popup.evaluate(
      (url) => (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs.create({ url }),
      url,
    );
    const compose = await opened;
    await expect(compose.locator('html')).toHaveAttribute('data-csp-invitations', 'gmail');

    expect(compose.url()).toBe(url);
    expect((await drafts(compose)).c1).toEqual({
      to: ['it@contoso.com'],
      subject: prefill.subject,
      body: prefill.body,
    });
    expect(await sendFromExtension(popup, 'https://mail.google.com/*', { type: 'ping' })).toEqual({
      site: 'gmail',
      composeCount: 1,
    });
    expect(pageErrors).toEqual([]);
  });

  test('the content script injected again (as for tabs opened before install) answers once', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const gmail = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-new-compose.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const popup = await openExtensionPage('popup.html');
    await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/content-scripts/gmail.js'],
      });
    });

    const result = await sendFromExtension(popup, 'https://mail.google.com/*', {
      type: 'insert',
      payload: PAYLOAD,
    });

    expect(result).toMatchObject({ ok: true, recipient: 'added', subject: 'set' });
    await expect.poll(async () => (await drafts(gmail)).c1?.links).toEqual([LINK]);
    expect((await drafts(gmail)).c1?.to).toEqual(['it@contoso.com']);
    await expect(gmail.locator('[g_editable="true"] a')).toHaveCount(1);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('Outlook on the web', () => {
  test('fills a compose: To chip (Cc untouched), subject, body with the link above the signature', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const outlook = await openWebmail(
      context,
      serveHtml,
      OUTLOOK_URL,
      fixturePage('outlook-compose.html', 'outlook-model.js'),
    );
    const popup = await openExtensionPage('popup.html');

    const result = await sendFromExtension(popup, 'https://outlook.office.com/*', {
      type: 'insert',
      payload: PAYLOAD,
    });

    expect(result).toMatchObject({
      ok: true,
      site: 'outlook',
      recipient: 'added',
      subject: 'set',
      body: 'at-top',
    });
    // The page's model follows events; give a loaded machine time to deliver them.
    await expect.poll(async () => (await drafts(outlook)).c1?.to).toEqual(['it@contoso.com']);
    await expect.poll(async () => (await drafts(outlook)).c1?.links).toEqual([LINK]);
    const draft = (await drafts(outlook)).c1!;
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe(PAYLOAD.subject);
    expect(draft.links).toEqual([LINK]);
    expect(draft.body.indexOf(LINK)).toBeLessThan(draft.body.indexOf('Anna de Vries'));
    await expect(outlook.locator('div[contenteditable][aria-label="To"]')).toHaveText('');
    expect(pageErrors).toEqual([]);
  });
});
