/**
 * GDAP requests through Graph (the contract server's delegatedAdminRelationships):
 * from a customer's details and from the popup, the link into the record and the
 * draft, and the status followed by the daily sync until the customer approves.
 */
import type { Page } from '@playwright/test';
import { approve } from '../contract/graph';
import { startInterceptingProxy } from '../contract/proxy';
import { startContractServer } from '../contract/server';
import { expect, launchExtensionContext, test } from './fixtures';
import { CLIENT_ID, connectContract, signInOnOptions, stored } from './microsoft-fixtures';
import { seed } from './options-fixtures';
import { readDb } from './popup-helpers';

declare const chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } };

const DEFAULT_ROLES = 11;
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

async function openDetails(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  return page.getByRole('dialog', { name });
}

test('a GDAP request from the details and from the popup; its status turns active on the next sync', async () => {
  test.setTimeout(120_000);
  const server = await startContractServer({ clientId: CLIENT_ID, extensionId: '' });
  const proxy = await startInterceptingProxy(server);
  const { context, extensionId, close } = await launchExtensionContext('en-US', proxy.chromiumArgs);
  const ms = await connectContract(context, extensionId, server);
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await seed(page, [
      {
        id: 'c-contoso',
        name: 'Contoso B.V.',
        tenantId: '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586',
        sentDaysAgo: 2,
      },
    ]);
    await signInOnOptions(page);

    // From the customer's details.
    let details = await openDetails(page, 'Contoso B.V.');
    await details.getByRole('button', { name: 'Request admin relationship (GDAP)' }).click();
    const roles = details.getByRole('group', { name: 'Roles' });
    await expect(roles.getByRole('checkbox', { checked: true })).toHaveCount(DEFAULT_ROLES);
    await roles.getByRole('checkbox', { name: 'Global Administrator' }).check();
    await expect(roles.getByRole('alert')).toContainText('Microsoft advises against it');
    await expect(
      details.getByRole('checkbox', { name: 'Extend automatically by 6 months' }),
    ).toBeDisabled();
    await roles.getByRole('checkbox', { name: 'Global Administrator' }).uncheck();
    await details.getByRole('checkbox', { name: 'Extend automatically by 6 months' }).check();
    await details.getByLabel('Relationship name').fill('Contoso B.V. support');
    await details.getByRole('button', { name: 'Create GDAP request' }).click();
    await expect(
      details.getByRole('status').filter({ hasText: 'GDAP request created' }),
    ).toBeVisible();

    const [rel] = [...ms.server.contract.relationships.values()];
    expect(rel).toMatchObject({
      status: 'approvalPending',
      input: {
        displayName: 'Contoso B.V. support',
        duration: 'P730D',
        autoExtendDuration: 'P180D',
      },
    });
    expect(rel!.input.roleIds).toHaveLength(DEFAULT_ROLES);
    expect(rel!.input.roleIds).not.toContain(GLOBAL_ADMIN);
    expect(rel!.input.customer?.tenantId).toBe('8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586');
    const link = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${rel!.id}`;
    await expect(details.getByText(link, { exact: true })).toBeVisible();
    await expect(
      details.getByText(/status approvalPending — 90 days left for the customer to approve/),
    ).toBeVisible();
    // The link is in the customer's invitation record.
    expect((await readDb(page)).invitations[0]).toMatchObject({ gdapLink: link });

    // The customer approves; the next daily sync reads the status.
    approve(ms.server.contract, rel!.id);
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(() =>
      chrome.alarms.create('microsoft-sync-daily', { when: Date.now() + 500 }),
    );
    await expect
      .poll(
        async () =>
          (
            (await stored(page, 'local', 'gdapRelationships')) as Record<string, { status: string }>
          )?.[rel!.id]?.status,
        { timeout: 30_000 },
      )
      .toBe('active');
    await details.getByRole('button', { name: 'Close' }).click();
    details = await openDetails(page, 'Contoso B.V.');
    await expect(details.getByText(/status active — ends in 730 days/)).toBeVisible();

    // From the popup: the approval link goes into the draft.
    await details.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Partner tenant ID').fill('6f0ea4c2-3b7d-4d1e-9a5f-2c8b7e1d0a93');
    await page.getByLabel('Partner name').fill('Contoso Partner');
    await page.getByLabel('Your name').fill('Pat');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved.')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByLabel('Customer name').fill('Fabrikam');
    await popup.getByLabel('Contact email').fill('it@fabrikam.com');
    // The GDAP entry is among the request options, behind their disclosure.
    await popup.getByRole('button', { name: /^Request options/ }).click();
    await popup.getByRole('button', { name: 'Request admin relationship (GDAP)' }).click();
    await popup.getByRole('button', { name: 'Create GDAP request' }).click();
    await expect(
      popup.getByRole('status').filter({ hasText: 'GDAP request created' }),
    ).toBeVisible();
    const second = [...ms.server.contract.relationships.values()].find((r) => r.id !== rel!.id)!;
    expect(second.input.displayName).toMatch(/^Fabrikam \d{4}-\d{2}-\d{2}$/);
    const secondLink = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${second.id}`;
    await expect(popup.getByLabel('GDAP request link')).toHaveValue(secondLink);
    await expect(popup.getByLabel('Message')).toHaveValue(
      new RegExp(secondLink.replace(/[.?#/]/g, '\\$&')),
    );
  } finally {
    await close();
    proxy.close();
    await ms.server.close();
  }
});
