/**
 * Site access withdrawn ("on click" in Chrome's extension settings, as a partner
 * sets it), then *Insert into compose*. The settings change goes through
 * chrome://extensions's own API, as the settings page does; the one stand-in is
 * the browser's native permission prompt, which Playwright cannot click: the
 * popup's `chrome.permissions.request` is replaced (tests only, by an init
 * script) by a recorder that notes whether it was called synchronously inside
 * the click and answers as the partner would. For a "yes" the test first grants
 * the access through chrome://extensions, as the prompt would.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { WEBMAIL_MATCHES } from '../../lib/webmail/sites';
import { expect, test } from './fixtures';
import {
  drafts,
  fixturePage,
  GMAIL_HEADERS,
  GMAIL_URL,
  OUTLOOK_URL,
  readyPopup,
  roosterPage,
} from './webmail-helpers';

interface PermissionRequest {
  origins: string[];
  /** Called while the click event was being dispatched (no await before it). */
  inClick: boolean;
}

/** Replaces `chrome.permissions.request` in the popup by the recorder described above. */
function recordPermissionRequests(context: BrowserContext) {
  return context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html'))
      return;
    const w = window as unknown as {
      __permissionRequests: unknown[];
      __answerPermission?: (granted: boolean) => void;
      chrome: { permissions: Record<string, unknown> };
    };
    w.__permissionRequests = [];
    let inClick = false;
    // Capture on window runs before the button's own handler, bubbling on window after it.
    window.addEventListener(
      'click',
      () => {
        inClick = true;
      },
      true,
    );
    window.addEventListener('click', () => {
      inClick = false;
    });
    w.chrome.permissions.request = (
      permissions: { origins?: string[] },
      callback?: (granted: boolean) => void,
    ) => {
      w.__permissionRequests.push({ origins: permissions.origins ?? [], inClick });
      const answer = new Promise<boolean>((resolve) => {
        w.__answerPermission = resolve;
      });
      if (callback) {
        void answer.then(callback);
        return undefined;
      }
      return answer;
    };
  });
}

/** Sets the extension's site access the way chrome://extensions does. */
async function setSiteAccess(
  context: BrowserContext,
  extensionId: string,
  access: 'ON_CLICK' | { grant: readonly string[] },
) {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    async ({ extensionId, access }) => {
      const dp = (
        globalThis as unknown as {
          chrome: {
            developerPrivate: {
              updateExtensionConfiguration(u: object): Promise<void>;
              addHostPermission(id: string, host: string): Promise<void>;
            };
          };
        }
      ).chrome.developerPrivate;
      if (access === 'ON_CLICK') {
        await dp.updateExtensionConfiguration({ extensionId, hostAccess: 'ON_CLICK' });
      } else for (const host of access.grant) await dp.addHostPermission(extensionId, host);
    },
    { extensionId, access },
  );
  await settings.close();
}

const requests = (popup: Page) =>
  popup.evaluate(
    () => (window as unknown as { __permissionRequests: PermissionRequest[] }).__permissionRequests,
  );
const answer = (popup: Page, granted: boolean) =>
  popup.evaluate(
    (granted) =>
      (window as unknown as { __answerPermission(g: boolean): void }).__answerPermission(granted),
    granted,
  );

test('access withheld, then granted at the prompt: the text goes into the Outlook compose already open', async ({
  context,
  serveHtml,
  openExtensionPage,
  extensionId,
  pageErrors,
}) => {
  await recordPermissionRequests(context);
  await setSiteAccess(context, extensionId, 'ON_CLICK');
  // Opened while access is withheld: no content script runs in it yet.
  await serveHtml(OUTLOOK_URL, roosterPage('outlook-compose.html'));
  const outlook = await context.newPage();
  await outlook.goto(OUTLOOK_URL);
  await expect(outlook.locator('html')).not.toHaveAttribute('data-csp-invitations');
  const popup = await readyPopup(openExtensionPage);
  const pagesBefore = context.pages().length;

  await popup.getByRole('button', { name: 'Insert into compose' }).click();

  await expect
    .poll(() => requests(popup))
    .toEqual([{ origins: [...WEBMAIL_MATCHES], inClick: true }]);
  await expect(popup.getByRole('status')).toContainText(
    'It needs that to write the invitation into the compose window you have open',
  );
  await setSiteAccess(context, extensionId, { grant: WEBMAIL_MATCHES });
  await answer(popup, true);

  await expect(popup.getByRole('status')).toContainText(
    'Inserted into the compose window to it@contoso.com in Outlook',
  );
  await expect.poll(async () => (await drafts(outlook)).c1?.links).toHaveLength(1);
  expect(context.pages()).toHaveLength(pagesBefore);
  expect(pageErrors).toEqual([]);
});

test('access withheld and refused: the popup says so and offers a prefilled compose, opening nothing by itself', async ({
  context,
  serveHtml,
  openExtensionPage,
  extensionId,
}) => {
  await recordPermissionRequests(context);
  await serveHtml(GMAIL_URL, fixturePage('gmail-new-compose.html', 'gmail-model.js'), {
    headers: GMAIL_HEADERS,
  });
  await serveHtml(
    /^https:\/\/mail\.google\.com\/mail\/(u\/\d+\/)?\?view=cm/,
    fixturePage('gmail-standalone.html', 'gmail-standalone-model.js'),
    { headers: GMAIL_HEADERS },
  );
  const gmail = await context.newPage();
  await gmail.goto(GMAIL_URL);
  await expect(gmail.locator('html')).toHaveAttribute('data-csp-invitations', 'gmail');
  await setSiteAccess(context, extensionId, 'ON_CLICK');
  const before = await drafts(gmail);
  const popup = await readyPopup(openExtensionPage);
  const pagesBefore = context.pages().length;

  await popup.getByRole('button', { name: 'Insert into compose' }).click();
  await expect.poll(async () => (await requests(popup)).map((r) => r.inClick)).toEqual([true]);
  await answer(popup, false);

  await expect(popup.getByRole('alert')).toContainText(
    'Without access to Gmail and Outlook on the web, the extension cannot reach the compose window you have open',
  );
  expect(context.pages()).toHaveLength(pagesBefore);
  expect(await drafts(gmail)).toEqual(before);

  const opened = context.waitForEvent('page');
  await popup
    .getByRole('button', { name: 'Open a new compose window with the invitation' })
    .click();
  const compose = await opened;
  await expect.poll(() => compose.url()).toMatch(/^https:\/\/mail\.google\.com\/mail\/.*view=cm/);
  expect((await drafts(compose)).c1?.to).toEqual(['it@contoso.com']);
  await expect(popup.getByRole('status')).toContainText('Opened a new Gmail compose window');
  // The offer asks nothing more of the browser.
  expect(await requests(popup)).toHaveLength(1);
});
