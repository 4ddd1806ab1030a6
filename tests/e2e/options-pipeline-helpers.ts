// Helpers shared by the options page's overview, reminder and activity specs.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The partner profile through the options page's own form (reminders are signed with it). */
export async function saveProfile(page: Page, senderName = 'Jan Jansen'): Promise<void> {
  await page.getByLabel('Partner tenant ID').fill('9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f');
  await page.getByLabel('Partner name').fill('Contoso Partners');
  await page.getByLabel('Your name').fill(senderName);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
}

/** The browser has no `action.openPopup` to give (an older browser, no focused window). */
export async function withoutPopup(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const action = (globalThis as { chrome?: { action?: { openPopup?: unknown } } }).chrome?.action;
    if (action) action.openPopup = () => Promise.reject(new Error('not here'));
  });
}

export const overview = (page: Page) => page.getByRole('region', { name: 'Overview' });
