/**
 * Issue 11 in Gmail (with its Trusted Types header): the in-compose button, its
 * dialog, the insert into that window only, and Send recorded by itself.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  composeButtons,
  dialogOf,
  invitations,
  openDialog,
  pickKnownCustomer,
  readyExtension,
  screenshot,
} from './compose-helpers';
import { expect, test } from './fixtures';
import { rowOf } from './options-fixtures';
import {
  type ChromeTabs,
  drafts,
  fixturePage,
  GMAIL_HEADERS,
  GMAIL_URL,
  openWebmail,
} from './webmail-helpers';

const twoComposes = () => fixturePage('gmail-two-composes.html', 'gmail-model.js');

test.describe('Gmail: the in-compose button', () => {
  test('one button per compose window: two composes get two, one opened later gets one', async ({
    context,
    serveHtml,
    pageErrors,
  }) => {
    const page = await openWebmail(context, serveHtml, GMAIL_URL, twoComposes(), GMAIL_HEADERS);
    await expect(composeButtons(page)).toHaveCount(2);
    // Each sits in its own window's toolbar row, after Gmail's own cells.
    for (const name of ['c1', 'c2']) {
      const row = page.locator(`[role="dialog"]:has([data-fixture-compose="${name}"]) tr.btC`);
      await expect(row.getByRole('button', { name: 'Insert reseller invitation' })).toHaveCount(1);
      await expect(row.locator('td').last().locator('[data-csp-compose-button]')).toHaveCount(1);
    }
    // A third compose window opens later (Gmail adds it to the dock).
    await page.evaluate(() => {
      const first = document.querySelector('[role="dialog"]')!;
      const copy = first.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-csp-compose-button]')?.closest('td')?.remove();
      copy.querySelector('[data-fixture-compose]')!.setAttribute('data-fixture-compose', 'c3');
      first.parentElement!.append(copy);
    });
    await expect(composeButtons(page)).toHaveCount(3);
    // Nothing else the page does adds a second button to a window: after an
    // unrelated change, a fourth window proves the script has looked again.
    await page.evaluate(() => {
      document.body.append(document.createElement('div'));
      const first = document.querySelector('[role="dialog"]')!;
      const copy = first.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-csp-compose-button]')?.closest('td')?.remove();
      copy.querySelector('[data-fixture-compose]')!.setAttribute('data-fixture-compose', 'c4');
      first.parentElement!.append(copy);
    });
    await expect(composeButtons(page)).toHaveCount(4);
    for (const dialog of await page.locator('[role="dialog"]').all()) {
      await expect(dialog.locator('[data-csp-compose-button]')).toHaveCount(1);
    }
    await screenshot(page.locator('[role="dialog"]').first(), 'gmail-en-button');
    // Ours does not reach out: a button of the page's own is styled as one in a
    // document without our script (a fresh frame), not as ours.
    const [pageButton, plainButton] = await page.evaluate(() => {
      const look = (b: HTMLButtonElement) => {
        const s = (b.ownerDocument.defaultView ?? window).getComputedStyle(b);
        return [s.borderRadius, s.borderTopColor, s.fontWeight, s.backgroundColor, s.paddingLeft];
      };
      const own = document.createElement('button');
      own.textContent = 'Send';
      document.body.append(own);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument!;
      const plain = doc.createElement('button');
      plain.textContent = 'Send';
      doc.body.append(plain);
      const looks = [look(own), look(plain)];
      own.remove();
      frame.remove();
      return looks;
    });
    expect(pageButton).toEqual(plainButton);
    expect(pageButton).not.toContain('4px'); // our button's border-radius
    // And the page's CSS does not reach into the button.
    await page.addStyleTag({
      content:
        '* { color: rgb(255, 0, 0) !important; } button, span { background: rgb(0, 255, 0) !important; }',
    });
    const style = await composeButtons(page)
      .first()
      .evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    expect(style).toEqual(['rgb(31, 31, 31)', 'rgb(255, 255, 255)']);
    expect(pageErrors).toEqual([]);
  });

  test('a content script injected again (tabs opened before an update) leaves one button per window', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const page = await openWebmail(context, serveHtml, GMAIL_URL, twoComposes(), GMAIL_HEADERS);
    await expect(composeButtons(page)).toHaveCount(2);
    const cells = await page.locator('tr.btC td').count();
    const oldButtons = await composeButtons(page).elementHandles();
    const popup = await openExtensionPage('popup.html');
    await popup.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/content-scripts/gmail.js'],
      });
    });
    // The old copy took its buttons away; the new one put its own in their place.
    for (const old of oldButtons)
      await expect.poll(() => old.evaluate((b) => b.isConnected)).toBe(false);
    await expect(composeButtons(page)).toHaveCount(2);
    expect(await page.locator('tr.btC td').count()).toBe(cells);
    // The new copy's button works (the old ones are gone, so it is the new copy's).
    await composeButtons(page).first().click();
    await expect(dialogOf(page)).toBeVisible();
  });

  test('search a known customer → Insert: only that window is filled, and its Send records it', async ({
    context,
    serveHtml,
    openExtensionPage,
    pageErrors,
  }) => {
    const popup = await readyExtension(openExtensionPage);
    const page = await openWebmail(context, serveHtml, GMAIL_URL, twoComposes(), GMAIL_HEADERS);
    const before = await drafts(page);
    const dialog = await openDialog(page, 1);
    await dialog.getByRole('combobox', { name: 'Customer' }).fill('Bakk');
    const option = dialog.getByRole('option', { name: /Bakkerij de Zon/ });
    await expect(option).toContainText('expired 12 days ago');
    await screenshot(page, 'gmail-en-dialog');
    await option.click();
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(dialogOf(page)).toHaveCount(0);
    await expect(composeButtons(page).nth(1)).toBeFocused();

    const after = await drafts(page);
    expect(after.c1).toEqual(before.c1);
    expect(after.c2!.to).toEqual(['jan@bakkerijdezon.nl']);
    expect(after.c2!.links.some((l) => l.includes('partnerId=0f1e2d3c'))).toBe(true);
    expect(after.c2!.pastes).toBe(1); // the editor's own paste path took it

    let [, inserted] = await invitations(popup);
    expect(inserted).toMatchObject({ status: 'draft', channel: 'gmail', customerId: 'c1' });

    await page
      .locator('[data-fixture-compose="c2"]')
      .locator('xpath=ancestor::div[@role="dialog"]')
      .getByRole('button', { name: /^Send/ })
      .click();
    await expect.poll(async () => (await invitations(popup))[1]?.status).toBe('sent');
    [, inserted] = await invitations(popup);
    expect(inserted).toMatchObject({ channel: 'gmail' });
    expect(pageErrors).toEqual([]);
  });

  test('a new customer typed in the dialog; Send (Ctrl+Enter) → an open options page shows Sent without Done or reload', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const popup = await readyExtension(openExtensionPage);
    const page = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-new-compose.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox', { name: 'Customer' }).fill('Contoso Retail');
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    // Bad input: said beside the field, nothing written.
    await expect(dialog.getByText("Enter the contact's e-mail address.")).toBeVisible();
    expect(await invitations(popup)).toHaveLength(1);
    await dialog.getByLabel('Contact email').fill('it@contoso-retail.com');
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(dialogOf(page)).toHaveCount(0);
    expect((await drafts(page)).c1!.to).toEqual(['it@contoso-retail.com']);
    // An options page left open shows the hand-over's draft, and then the Send, live.
    const options = await openExtensionPage('options.html');
    await expect(rowOf(options, 'Contoso Retail')).toContainText('Draft');

    await page.bringToFront();
    await page.locator('[g_editable="true"]').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await invitations(popup))[1]?.status).toBe('sent');
    await expect(rowOf(options, 'Contoso Retail')).toContainText('Sent');
  });

  test('a page script cannot search the customer list through the open dialog', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    await readyExtension(openExtensionPage);
    const page = await openWebmail(context, serveHtml, GMAIL_URL, twoComposes(), GMAIL_HEADERS);
    const dialog = await openDialog(page);
    const customer = dialog.getByRole('combobox', { name: 'Customer' });
    const option = dialog.getByRole('option', { name: /Bakkerij de Zon/ });
    // The partner's typing finds the customer, so the search answers here.
    const started = Date.now();
    await customer.fill('Bakk');
    await expect(option).toBeVisible();
    const answered = Date.now() - started;
    await customer.fill('');
    await expect(option).toHaveCount(0);
    // The same query as the page's own input event.
    await page.evaluate(() => {
      const root = document.querySelector('[data-csp-compose-dialog]')!.shadowRoot!;
      const field = root.querySelector<HTMLInputElement>('#csp-customer')!;
      field.value = 'Bakk';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await page.waitForTimeout(Math.max(500, 3 * answered));
    await expect(option).toHaveCount(0);
    expect(
      await page.evaluate(
        () => document.querySelector('[data-csp-compose-dialog]')!.shadowRoot!.textContent,
      ),
    ).not.toContain('bakkerijdezon');
  });

  test('a customer whose invitation still waits: the dialog points to the reminder and writes nothing; the page cannot submit it either', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const popup = await readyExtension(openExtensionPage, { status: 'sent' });
    const page = await openWebmail(context, serveHtml, GMAIL_URL, twoComposes(), GMAIL_HEADERS);
    const before = await drafts(page);
    const dialog = await openDialog(page);
    await pickKnownCustomer(dialog);
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(dialog.getByText('already has an invitation waiting for an answer')).toBeVisible();
    expect(await invitations(popup)).toHaveLength(1);

    // With the dialog open, a page script fills in a new customer and submits the
    // form itself (a trusted submit event) or clicks Insert (an untrusted click).
    await page.evaluate(() => {
      const root = document.querySelector('[data-csp-compose-dialog]')!.shadowRoot!;
      const form = root.querySelector('form')!;
      const fields = [...form.querySelectorAll('input')];
      for (const [i, value] of ['Evil Corp', 'boss@evil.example'].entries()) {
        const field = fields[i]!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      form.requestSubmit();
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    });
    await page.waitForTimeout(300);
    expect(await invitations(popup)).toHaveLength(1);
    expect(await drafts(page)).toEqual(before);
  });

  test('a discarded compose leaves the draft; a forged Send from the page changes nothing', async ({
    context,
    serveHtml,
    openExtensionPage,
    extensionId,
  }) => {
    const popup = await readyExtension(openExtensionPage);
    const page = await openWebmail(context, serveHtml, GMAIL_URL, twoComposes(), GMAIL_HEADERS);
    for (const index of [0, 1]) {
      const dialog = await openDialog(page, index);
      await pickKnownCustomer(dialog);
      await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
      await expect(dialogOf(page)).toHaveCount(0);
    }
    const [, first, second] = await invitations(popup);
    expect([first?.status, second?.status]).toEqual(['draft', 'draft']);

    // The page itself tries to report a Send for both records: it cannot reach the background.
    const forged = await page.evaluate(
      async ({ extensionId, ids }) => {
        const runtime = (
          globalThis as {
            chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } };
          }
        ).chrome?.runtime;
        const tried: string[] = [];
        for (const invitationId of ids) {
          window.postMessage({ type: 'compose-sent', invitationId }, '*');
          try {
            if (typeof runtime?.sendMessage !== 'function') tried.push('no runtime.sendMessage');
            else {
              await runtime.sendMessage(extensionId, { type: 'compose-sent', invitationId });
              tried.push('sent');
            }
          } catch (e) {
            tried.push(String(e));
          }
        }
        return { tried, hasRuntime: typeof runtime?.sendMessage === 'function' };
      },
      { extensionId, ids: [first!.id as string, second!.id as string] },
    );
    expect(forged.tried.every((t) => t !== 'sent')).toBe(true);
    // Nor can it drive our button: its synthetic click is not the partner's.
    await page.evaluate(() =>
      document
        .querySelector('[data-csp-compose-button]')!
        .shadowRoot!.querySelector('button')!
        .click(),
    );
    // Longer than the dialog's cold chunk ever took to open (under 250 ms in the bench).
    await page.waitForTimeout(1000);
    await expect(page.locator('[data-csp-compose-dialog]')).toHaveCount(0);
    expect((await invitations(popup)).map((i) => i.status)).toEqual(['expired', 'draft', 'draft']);
    // An extension page without a tab of its own is not a compose window either.
    const answer = await popup.evaluate(
      (invitationId) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ type: 'compose-sent', invitationId }),
      first!.id as string,
    );
    expect(answer ?? undefined).toBeUndefined();

    // Discard the first window: it goes, its record stays a draft.
    await page
      .locator('[data-fixture-compose="c1"]')
      .locator('xpath=ancestor::div[@role="dialog"]')
      .getByRole('button', { name: 'Discard draft' })
      .click();
    await expect(page.locator('[data-fixture-compose="c1"]')).toHaveCount(0);
    // The other window's Send, reported after the discard: once it is recorded, a
    // report of the discard would have been too.
    await page
      .locator('[data-fixture-compose="c2"]')
      .locator('xpath=ancestor::div[@role="dialog"]')
      .getByRole('button', { name: /^Send/ })
      .click();
    await expect.poll(async () => (await invitations(popup))[2]?.status).toBe('sent');
    const [, a] = await invitations(popup);
    expect(a?.status).toBe('draft');
  });

  test('keyboard only: open, search, choose, change a default, Insert; Escape closes and gives the focus back; axe finds nothing', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const popup = await readyExtension(openExtensionPage);
    const page = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-new-compose.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const button = composeButtons(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = dialogOf(page);
    const customer = dialog.getByRole('combobox', { name: 'Customer' });
    await expect(customer).toBeFocused();
    const axe = await new AxeBuilder({ page }).include('[data-csp-compose-dialog]').analyze();
    expect(axe.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialogOf(page)).toHaveCount(0);
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(customer).toBeFocused();
    await page.keyboard.type('Bakk');
    await expect(dialog.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(customer).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(customer).toHaveValue('Bakkerij de Zon');
    // The focus stays inside: Tab from the last control comes back to the first.
    const change = dialog.getByRole('button', { name: 'Change' });
    await page.keyboard.press('Tab');
    await expect(change).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(change).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Cloud')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // admin privileges off
    await expect(
      dialog.getByLabel('Include delegated administration privileges'),
    ).not.toBeChecked();
    await expect(dialog.getByText(/no admin privileges/)).toBeVisible();
    const axeOpen = await new AxeBuilder({ page }).include('[data-csp-compose-dialog]').analyze();
    expect(axeOpen.violations).toEqual([]);
    await page.keyboard.press('Tab'); // Email language
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Insert
    await expect(dialog.getByRole('button', { name: 'Insert', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(customer).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(dialogOf(page)).toHaveCount(0);
    const [, inserted] = await invitations(popup);
    expect(inserted).toMatchObject({ status: 'draft', adminPrivileges: false });
    expect(String(inserted!.link)).toContain('DAP=false');
  });

  test('a customer that accepted already: shown in the suggestions, asked before a second invitation', async ({
    context,
    serveHtml,
    openExtensionPage,
  }) => {
    const popup = await readyExtension(openExtensionPage, { status: 'accepted' });
    const page = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-new-compose.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    const dialog = await openDialog(page);
    await dialog.getByRole('combobox', { name: 'Customer' }).fill('Bakk');
    await expect(dialog.getByRole('option', { name: /Bakkerij de Zon/ })).toContainText('Accepted');
    await dialog.getByRole('option', { name: /Bakkerij de Zon/ }).click();
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(
      dialog.getByRole('alert').filter({ hasText: 'accepted an invitation already' }),
    ).toBeVisible();
    expect(await invitations(popup)).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
    await dialog.getByRole('button', { name: 'Insert a second invitation' }).click();
    await expect(dialogOf(page)).toHaveCount(0);
    expect(await invitations(popup)).toHaveLength(2);
  });

  test('without a profile the dialog says so and opens the first-use setup', async ({
    context,
    serveHtml,
  }) => {
    const page = await openWebmail(
      context,
      serveHtml,
      GMAIL_URL,
      fixturePage('gmail-new-compose.html', 'gmail-model.js'),
      GMAIL_HEADERS,
    );
    await composeButtons(page).click();
    const dialog = dialogOf(page);
    await expect(dialog).toContainText('Set up your partner profile first');
    const opened = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Set up profile' }).click();
    const setup = await opened;
    await expect(setup.getByLabel('Partner tenant ID', { exact: true })).toBeVisible();
    await expect(dialogOf(page)).toHaveCount(0);
  });
});
