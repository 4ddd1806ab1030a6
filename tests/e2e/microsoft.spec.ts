/** The Microsoft connection against the contract server: sign-in, profile, acceptances, sign-out. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PARTNER_TENANT } from '../contract/samples';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { connectContract, microsoftCard, signInOnOptions, stored } from './microsoft-fixtures';
import { openOptions } from './options-fixtures';

test('the manifest asks for the Microsoft hosts only as optional permissions', () => {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  const microsoft = /microsoftonline|partnercenter|graph\.microsoft/;
  expect(manifest.host_permissions.filter((h: string) => microsoft.test(h))).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual([
    'https://login.microsoftonline.com/*',
    'https://api.partnercenter.microsoft.com/*',
    'https://graph.microsoft.com/*',
  ]);
});

test('sign in with MSAL, fill the profile from Partner Center, sign out', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    await signInOnOptions(page);
    expect(ms.asked.slice(0, 2)).toEqual([
      'permissions.request ["https://login.microsoftonline.com/*","https://api.partnercenter.microsoft.com/*","https://graph.microsoft.com/*"]',
      `sign-in window /${PARTNER_TENANT}/oauth2/v2.0/authorize`,
    ]);
    const card = microsoftCard(page);
    await card.getByRole('button', { name: 'Fill profile from Partner Center' }).click();
    await expect(
      page.getByText(`Read from the Partner Center link: tenant ID ${PARTNER_TENANT}.`),
    ).toBeVisible();
    await page.getByLabel('Partner name').fill('Contoso Partner');
    await page.getByLabel('Your name').fill('Pat');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved.')).toBeVisible();
    expect(await stored(page, 'sync', 'profile')).toMatchObject({ tenantId: PARTNER_TENANT });
    expect(ms.server.contract.log).toContain(
      'GET api.partnercenter.microsoft.com/v1/customers/relationshiprequests',
    );

    // Tokens are in MSAL's cache now; sign-out forgets them and gives the hosts back.
    expect(await msalKeys(page)).not.toEqual([]);
    await card.getByRole('button', { name: 'Sign out of Microsoft' }).click();
    await expect(card.getByText('Not signed in to Microsoft.')).toBeVisible();
    expect(await msalKeys(page)).toEqual([]);
    expect(ms.asked.at(-1)).toMatch(
      /^permissions\.remove \["https:\/\/login\.microsoftonline\.com/,
    );
    expect(await stored(page, 'local', 'microsoftSignedIn')).toBeUndefined();
  } finally {
    await ms.server.close();
  }
});

/** MSAL's token and account entries in the extension's localStorage. */
function msalKeys(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter(
      (k) => /accesstoken|refreshtoken|idtoken|account/i.test(k) && !/^msal\.version/.test(k),
    ),
  );
}
