/** Settings, the restore-admin hand-over to the popup, Dutch, and accessibility. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openOptions, rowOf, seed } from './options-fixtures';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the partner profile is saved from the settings', async ({ openExtensionPage }) => {
  const page = await openOptions(openExtensionPage);
  await page.getByLabel('Partner tenant ID').fill('9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f');
  await page.getByLabel('Partner name').fill('Contoso Partners');
  await page.getByLabel('Your name').fill('Jan Jansen');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Partner name')).toHaveValue('Contoso Partners');
});

test('a template without {link} is refused with the reason; a valid one is saved', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await page.getByLabel('Template language').selectOption('nl');
  await page.getByLabel('Template purpose').selectOption('restore-admin');
  const body = page.getByLabel('Template text');
  await expect(body).toHaveValue(/\{link\}/);
  await body.fill('Beste {contactName},\n\nGraag uw akkoord.');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('alert')).toContainText('The template has no {link}');
  await expect(body).toHaveAttribute('aria-invalid', 'true');

  await body.fill('Beste {contactName},\n\nAccepteer via {link}\n\n{senderName}');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Template saved.')).toBeVisible();
  await page.reload();
  await page.getByLabel('Template language').selectOption('nl');
  await page.getByLabel('Template purpose').selectOption('restore-admin');
  await expect(page.getByLabel('Template text')).toHaveValue(/Accepteer via \{link\}/);
  await expect(page.getByText('Your own template is used')).toBeVisible();
});

test('reminder delay, preferred webmail and link templates are checked and saved', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await page.getByLabel('Remind after (days)').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a whole number of days from 1 to 365.');
  await page.getByLabel('Remind after (days)').fill('14');
  await page.getByLabel('Preferred webmail').selectOption('outlook');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.').first()).toBeVisible();

  const germany = page.getByLabel('Link template: Microsoft Cloud Germany');
  await germany.fill('https://evil.example.com/?p={partnerId}');
  await page.getByRole('button', { name: 'Save link templates' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(germany).toHaveAttribute('aria-invalid', 'true');
  await germany.fill(
    'https://portal.office.de/partner/partnersignup.aspx?type=ResellerRelationship&id={partnerId}&csp=1&msppid={msppId}',
  );
  await page.getByRole('button', { name: 'Save link templates' }).click();
  await expect(page.getByText('Settings saved.').first()).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Remind after (days)')).toHaveValue('14');
  await expect(page.getByLabel('Preferred webmail')).toHaveValue('outlook');
  await expect(page.getByLabel('Link template: Microsoft Cloud Germany')).toHaveValue(
    /portal\.office\.de/,
  );
});

test('details: the link, the text sent, where the customer accepts, the GDAP expiry and next steps', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  await page.getByRole('button', { name: 'Northwind Traders', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Northwind Traders' });
  await expect(dialog.getByRole('link', { name: 'the Microsoft 365 admin center' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Open link' }).first()).toHaveAttribute(
    'href',
    /invType=ResellerRelationship/,
  );
  await expect(dialog.getByText(/Please accept: https:\/\/admin\.microsoft\.com/)).toBeVisible();
  await expect(dialog.getByText(/The GDAP request expires on .* \(in 10 days\)/)).toBeVisible();
  await expect(dialog.getByText('Assign support contacts')).toBeVisible();
  await expect(dialog.getByText('Remove a relationship')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a removed customer: a restore-admin invitation is prepared for the toolbar popup', async ({
  openExtensionPage,
  context,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  await page.getByRole('button', { name: 'Litware, Ltd.', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Prepare a restore invitation' }).click();
  await expect(dialog.getByText('is ready. Click the extension')).toBeVisible();
  const [worker] = context.serviceWorkers();
  const draft = await worker!.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await c.storage.local.get('unfinishedDraft')).unfinishedDraft;
  });
  expect(draft).toMatchObject({
    form: {
      customerId: 'c-litware',
      customerName: 'Litware, Ltd.',
      customerDomain: 'litware.com',
      purpose: 'restore-admin',
      adminPrivileges: true,
    },
  });
});

test('axe: no serious or critical violations, with data, selection, preview and toast', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  expect(await seriousViolations(page)).toEqual([]);
  await seed(page);
  await rowOf(page, 'Café Zürich').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.getByLabel('Import file').setInputFiles({
    name: 'c.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Email\nTailspin,bad@\nWoodgrove,a@woodgrove.com\n'),
  });
  await expect(page.getByRole('button', { name: 'Import 1 customers' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('in Dutch', () => {
  test.use({ lang: 'nl' });

  test('the page speaks Dutch', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByRole('heading', { name: 'Klanten', exact: true })).toBeVisible();
    await expect(page.getByLabel('Klanten zoeken')).toBeVisible();
    await expect(page.getByRole('button', { name: 'JSON exporteren' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Instellingen', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle('Reseller-uitnodigingen');
  });
});
