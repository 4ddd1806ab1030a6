import { expect, GMAIL_TRUSTED_TYPES_CSP, test } from './fixtures';

interface ManifestLike {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  commands?: Record<string, { suggested_key?: Record<string, string> }>;
}

const BLANK_WEBMAIL =
  '<!doctype html><html><head><title>Mail</title></head><body><div role="main"></div></body></html>';

test('the service worker starts and the manifest asks only for the listed permissions', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const [worker] = context.serviceWorkers();
  const manifest = await worker!.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): ManifestLike } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(
    [
      'alarms',
      'clipboardWrite',
      'contextMenus',
      'notifications',
      'scripting',
      'storage',
      // The optional Microsoft sign-in (docs/MICROSOFT.md): its window and the daily sync.
      'identity',
      'offscreen',
    ].sort(),
  );
  // The Microsoft hosts are optional, asked for at sign-in only.
  expect(manifest.optional_host_permissions).toEqual([
    'https://login.microsoftonline.com/*',
    'https://api.partnercenter.microsoft.com/*',
    'https://graph.microsoft.com/*',
  ]);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  // A keyboard shortcut opens the popup (chrome.commands' `_execute_action`).
  expect(manifest.commands?._execute_action?.suggested_key).toEqual({
    default: 'Ctrl+Shift+Y',
    mac: 'Command+Shift+Y',
  });
  for (const host of manifest.host_permissions ?? []) {
    expect(host).toMatch(
      /^https:\/\/(mail\.google\.com|outlook\.(office|office365|live)\.com|outlook\.cloud\.microsoft)\/\*$/,
    );
  }
});

for (const path of ['popup.html', 'options.html']) {
  test(`${path} renders without console errors`, async ({ openExtensionPage, pageErrors }) => {
    const page = await openExtensionPage(path);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
    expect(pageErrors).toEqual([]);
  });
}

const WEBMAIL_URLS: Array<{ url: string; site: string; headers: Record<string, string> }> = [
  {
    url: 'https://mail.google.com/mail/u/0/#inbox',
    site: 'gmail',
    headers: { 'content-security-policy': GMAIL_TRUSTED_TYPES_CSP },
  },
  { url: 'https://outlook.office.com/mail/', site: 'outlook', headers: {} },
  { url: 'https://outlook.office365.com/mail/', site: 'outlook', headers: {} },
  { url: 'https://outlook.live.com/mail/0/', site: 'outlook', headers: {} },
  { url: 'https://outlook.cloud.microsoft/mail/', site: 'outlook', headers: {} },
];

for (const { url, site, headers } of WEBMAIL_URLS) {
  test(`the ${site} content script runs on ${new URL(url).host}`, async ({
    context,
    serveHtml,
    pageErrors,
  }) => {
    await serveHtml(url, BLANK_WEBMAIL, { headers });
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-csp-invitations', site);
    expect(pageErrors).toEqual([]);
  });
}
