/** Accessibility (axe, keyboard) and the Dutch UI. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillCustomer, openRequestOptions, setUpProfile } from './popup-helpers';
import { seedReturningCustomer } from './popup-seed';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe: no serious or critical violations in the profile form, also with errors shown', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await expect(page.getByRole('button', { name: 'Save profile' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: no serious or critical violations in the compose form, with errors, suggestions and alerts', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  expect(await seriousViolations(page)).toEqual([]);
  await fillCustomer(page, { email: 'jan@contoso.con' });
  await openRequestOptions(page);
  await page.getByLabel('Cloud', { exact: true }).selectOption('us-government');
  const message = page.getByRole('textbox', { name: 'Message', exact: true });
  await message.fill('The link is gone.');
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByRole('button', { name: 'Restore link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use jan@contoso.com' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Relationship type', { exact: true }).selectOption('indirect');
  await expect(page.getByRole('button', { name: 'Edit profile' }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: no serious or critical violations with suggestions open, the request options open, and the notices', async ({
  context,
  openExtensionPage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  await seedReturningCustomer(page);
  await page.getByRole('combobox', { name: 'Customer name' }).pressSequentially('bak');
  await expect(page.getByRole('option')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('option').click();
  await openRequestOptions(page);
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('reminder');
  expect(await seriousViolations(page)).toEqual([]);
  await page.waitForTimeout(400); // past the save debounce
  await page.close();
  page = await openExtensionPage('popup.html');
  await expect(page.getByText('Continuing the draft for Bakkerij de Zon')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  await page.waitForTimeout(400);
  await page.close();
  page = await openExtensionPage('popup.html');
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the compose form works from the keyboard in the order of the screen, with a visible focus', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await setUpProfile(page);
  const name = page.getByLabel('Customer name', { exact: true });
  await expect(name).toBeFocused();
  const focusOrder = async (count: number) => {
    const order: string[] = [];
    for (let i = 0; i < count; i++) {
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
          const title = el.querySelector('.disclosure-title')?.textContent;
          return label ?? title ?? el.textContent ?? '';
        }),
      );
      await page.keyboard.press('Tab');
    }
    return order;
  };
  expect(await focusOrder(13)).toEqual([
    'Customer name',
    'Contact email',
    'Customer country',
    'Contact name',
    'Customer domain',
    'Request options',
    'Subject',
    'Larger',
    'Message',
    'Insert into compose',
    'Open in email app',
    'Copy to clipboard',
    'Done',
  ]);
  // Opened, the request options come right after their button.
  await page.getByRole('button', { name: /^Request options/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Purpose', { exact: true })).toBeVisible();
  expect(await focusOrder(8)).toEqual([
    'Request options',
    'Purpose',
    'Cloud',
    'Include delegated administration privileges',
    'Relationship type',
    'Email language',
    'GDAP request link',
    'Subject',
  ]);
  // No positive tabindex anywhere; the focused element has an outline.
  expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(0);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  // Everything fits the popup's width.
  const width = await page.evaluate(() => ({
    body: document.body.getBoundingClientRect().width,
    content: document.body.scrollWidth,
  }));
  expect(width.body).toBeLessThanOrEqual(400);
  expect(width.content).toBeLessThanOrEqual(400);
});

test.describe('in Dutch', () => {
  test.use({ lang: 'nl' });

  test('the popup speaks Dutch, and so does the e-mail unless the partner picks another language', async ({
    openExtensionPage,
    pageErrors,
  }) => {
    const page = await openExtensionPage('popup.html');
    await expect(page.getByRole('heading', { name: 'Partnerprofiel' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByLabel('Tenant-ID van de partner', { exact: true }).fill('geen-guid');
    await page.getByLabel('Naam van de partner', { exact: true }).fill('Fabrikam IT');
    await page.getByLabel('Uw naam', { exact: true }).fill('Pat Partner');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Dit is geen tenant-ID' }),
    ).toBeVisible();
    await page
      .getByLabel('Tenant-ID van de partner', { exact: true })
      .fill('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();

    await expect(page.getByLabel('Klantnaam', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kopiëren naar klembord' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gereed' })).toBeVisible();
    await page.getByLabel('Klantnaam', { exact: true }).fill('Contoso B.V.');
    await page.getByLabel('E-mailadres contactpersoon', { exact: true }).fill('jan@contoso.con');
    await page.getByRole('button', { name: 'Kopiëren naar klembord' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Dit lijkt een tikfout' }),
    ).toContainText('jan@contoso.com');
    // A Dutch browser gives a Dutch e-mail; the e-mail language is still the partner's choice.
    const subject = page.getByRole('textbox', { name: 'Onderwerp', exact: true });
    await expect(subject).toHaveValue(
      'Verzoek om Fabrikam IT te machtigen als uw Microsoft-partner',
    );
    const message = page.getByRole('textbox', { name: 'Bericht', exact: true });
    await expect.poll(() => message.inputValue()).toContain('Met vriendelijke groet,');
    await page.getByRole('button', { name: /^Aanvraagopties/ }).click();
    await page.getByLabel('Taal van de e-mail', { exact: true }).selectOption('en');
    await expect(subject).toHaveValue('Please authorize Fabrikam IT as your Microsoft partner');
    expect(pageErrors).toEqual([]);
  });
});
