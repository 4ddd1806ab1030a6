/** The options page's overview: counts per status and to chase, each a filter; axe; Dutch. */
import { expect, test } from './fixtures';
import { CUSTOMERS, chooseStatus, openOptions, rowOf, seed, shownNames } from './options-fixtures';
import { overview, saveProfile, seriousViolations } from './options-pipeline-helpers';

// Each test seeds through the page's import and opens a browser of its own: slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

test('the overview counts customers per status and the ones to chase; a count filters the list', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await seed(page);
  const region = overview(page);
  for (const name of [
    'No invitation 1',
    'Sent 3',
    'Accepted 1',
    'Declined 0',
    'Removed 1',
    'Waiting longer than 7 days 2',
    'Needs follow-up 2',
    'GDAP request expiring 1',
  ]) {
    await expect(region.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(region.getByText('100% of 2 answered')).toBeVisible();

  const sent = region.getByRole('button', { name: 'Sent 3', exact: true });
  await sent.click();
  await expect(sent).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => shownNames(page))
    .toEqual(['Café Zürich', 'Contoso B.V.', 'Northwind Traders']);
  await expect(page.getByLabel('Show status')).toHaveValue('sent');
  await sent.click();
  await expect(sent).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => shownNames(page)).toHaveLength(6);

  await region.getByRole('button', { name: 'GDAP request expiring 1', exact: true }).click();
  await expect.poll(() => shownNames(page)).toEqual(['Northwind Traders']);
  await region.getByRole('button', { name: 'GDAP request expiring 1', exact: true }).click();
  await region.getByRole('button', { name: 'Waiting longer than 7 days 2', exact: true }).click();
  await expect.poll(() => shownNames(page)).toEqual(['Café Zürich', 'Northwind Traders']);
  await expect(page).toHaveURL(/#waiting=7$/);

  // A change made here is counted at once.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await chooseStatus(page, 'Café Zürich', 'Accepted');
  await expect(region.getByRole('button', { name: 'Sent 2', exact: true })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Accepted 2', exact: true })).toBeVisible();
  await expect(
    region.getByRole('button', { name: 'Needs follow-up 1', exact: true }),
  ).toBeVisible();

  // The chart has a text alternative: the same figures as a table.
  await expect(region.getByRole('img', { name: /Latest invitation per customer/ })).toBeVisible();
  await region.getByText('Show as table', { exact: true }).click();
  const table = region.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Accepted' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(13);
});

test('axe: no serious or critical violations with the overview, a menu open and the details', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await saveProfile(page);
  await seed(page);
  await overview(page).getByText('Show as table', { exact: true }).click();
  await rowOf(page, 'Café Zürich').getByRole('button', { name: 'Status', exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Notes').fill('A note');
  await page.getByRole('dialog').getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('Note saved.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('in Dutch', () => {
  test.use({ lang: 'nl' });

  test('the overview, the status menu and the activity speak Dutch', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByRole('table')).toBeVisible();
    await seed(page, CUSTOMERS, {
      file: 'Bestand importeren',
      confirm: 'Alles vervangen',
      done: '6 klanten en 5 uitnodigingen geïmporteerd',
      dismiss: 'Sluiten',
    });
    const region = page.getByRole('region', { name: 'Overzicht' });
    await expect(region.getByRole('button', { name: 'Verstuurd 3', exact: true })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Opvolgen 2', exact: true })).toBeVisible();
    await expect(
      region.getByRole('button', { name: 'Wacht langer dan 7 dagen 2', exact: true }),
    ).toBeVisible();
    await expect(region.getByText('100% van 2 beantwoord')).toBeVisible();
    await rowOf(page, 'Café Zürich').getByRole('button', { name: 'Status', exact: true }).click();
    await expect(page.getByRole('menu').getByRole('menuitem').first()).toHaveText('Geaccepteerd');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Café Zürich', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Herinnering sturen' })).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Activiteit' })).toContainText(
      'Nieuwe relatie: Verstuurd',
    );
  });
});
