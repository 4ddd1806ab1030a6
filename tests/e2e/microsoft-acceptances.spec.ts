/**
 * Acceptances from Partner Center's customer list (the contract server's paged
 * GET /v1/customers), through the same preview and apply as Customers.csv.
 */
import { expect, test } from './fixtures';
import { connectContract, microsoftCard } from './microsoft-fixtures';
import { start, statuses } from './microsoft-list';
import { openOptions } from './options-fixtures';

test('1,200 customers over 3 pages become accepted invitations, through the Customers.csv preview', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    await start(page, ms);
    await microsoftCard(page)
      .getByRole('button', { name: 'Check acceptances in Partner Center' })
      .click();
    await expect(
      page.getByText(
        'Partner Center lists 1200 customers: 1188 invitations become accepted, 1200 tenant IDs are stored, 0 need no change, 0 match no customer here, 0 have errors.',
      ),
    ).toBeVisible({ timeout: 20_000 });
    const pages = ms.server.contract.log.filter(
      (l) => l === 'GET api.partnercenter.microsoft.com/v1/customers',
    );
    expect(pages).toHaveLength(3);
    // Nothing is written before Apply.
    expect((await statuses(page)).filter((s) => s.endsWith(':accepted'))).toHaveLength(0);
    await page.getByRole('button', { name: 'Apply these changes' }).click();
    await expect(
      page.getByText('1188 invitations marked accepted and 1200 tenant IDs stored'),
    ).toBeVisible({
      timeout: 20_000,
    });
    const after = await statuses(page);
    expect(after.filter((s) => s.endsWith(':accepted'))).toHaveLength(1188);
    // Every hundredth customer is an advisor, not a reseller: its invitation waits on.
    expect(after).toContain('inv-c-100:sent');
  } finally {
    await ms.server.close();
  }
});
