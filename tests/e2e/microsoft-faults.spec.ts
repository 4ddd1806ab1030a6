/** Failures outside the customer list: sign-in, the profile link, GDAP, a revoked sign-in. Each says why; nothing is written. */
import { expect, test } from './fixtures';
import { connectContract, microsoftCard, signInOnOptions, stored } from './microsoft-fixtures';
import { openOptions, seed } from './options-fixtures';
import { readDb } from './popup-helpers';

test('a closed sign-in window leaves you signed out and gives the hosts back', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    const card = microsoftCard(page);
    await card.getByLabel('Application (client) ID').fill('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f');
    await card.getByRole('button', { name: 'Save app' }).click();
    ms.closeNextSignInWindow();
    await card.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(card.getByRole('alert')).toHaveText(/Microsoft sign-in was cancelled/);
    await expect(card.getByText('Not signed in to Microsoft.')).toBeVisible();
    expect(ms.asked.at(-1)).toMatch(/^permissions\.remove/);
    expect(await stored(page, 'local', 'microsoftSignedIn')).toBeUndefined();
    // A second try works: MSAL did not keep the first interaction open.
    await card.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(card.getByText(/^Signed in as/).first()).toBeVisible();
  } finally {
    await ms.server.close();
  }
});

test('403 on the profile link, a refused or half-done GDAP request, a revoked sign-in: said, nothing written', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    await seed(page, [{ id: 'c-1', name: 'Contoso B.V.', sentDaysAgo: 2 }]);
    await signInOnOptions(page);
    const card = microsoftCard(page);
    const before = await readDb(page);

    ms.server.inject({
      host: 'api.partnercenter.microsoft.com',
      path: /relationshiprequests/,
      times: 1,
      kind: 'status',
      status: 403,
    });
    await card.getByRole('button', { name: 'Fill profile from Partner Center' }).click();
    await expect(card.getByRole('alert')).toHaveText(/needs the Admin agent or Sales agent role/);
    await expect(page.getByLabel('Partner tenant ID')).toHaveValue('');

    await page.getByRole('button', { name: 'Contoso B.V.', exact: true }).click();
    const details = page.getByRole('dialog', { name: 'Contoso B.V.' });
    await details.getByRole('button', { name: 'Request admin relationship (GDAP)' }).click();
    ms.server.inject({
      host: 'graph.microsoft.com',
      path: /delegatedAdminRelationships$/,
      times: 1,
      kind: 'status',
      status: 403,
    });
    await details.getByRole('button', { name: 'Create GDAP request' }).click();
    await expect(details.getByRole('alert').first()).toHaveText(
      /needs the Admin agent role in Partner Center/,
    );
    expect(ms.server.contract.relationships.size).toBe(0);

    ms.server.inject({
      host: 'graph.microsoft.com',
      path: /\/requests$/,
      times: 1,
      kind: 'status',
      status: 500,
    });
    await details.getByRole('button', { name: 'Create GDAP request' }).click();
    await expect(details.getByRole('alert').first()).toHaveText(
      /created at Microsoft but not sent for approval/,
    );
    expect(await stored(page, 'local', 'gdapRelationships')).toBeUndefined();
    expect(await readDb(page)).toEqual(before);
    await details.getByRole('button', { name: 'Close' }).click();

    // Microsoft revoked the sign-in: no token can be had silently; asked to sign in again.
    ms.server.contract.tokens.clear();
    ms.server.contract.refreshTokens.clear();
    await card.getByRole('button', { name: 'Check acceptances in Partner Center' }).click();
    await expect(card.getByRole('alert')).toHaveText(/Sign in to Microsoft again/);
    expect(await readDb(page)).toEqual(before);
  } finally {
    await ms.server.close();
  }
});
