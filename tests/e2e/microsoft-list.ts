/** What the customer-list end-to-end tests share: 1,200 customers on both sides, a raw read of the statuses. */
import type { Page } from '@playwright/test';
import { manyCustomers } from '../contract/samples';
import { type MicrosoftHarness, signInOnOptions } from './microsoft-fixtures';
import { type SeedCustomer, seed } from './options-fixtures';

export const PARTNER_CENTER = manyCustomers(1200, (i) => (i % 100 === 99 ? 'advisor' : 'reseller'));
/** Our side: the same 1,200 companies, each with an invitation sent 20 days ago. */
export const OURS: SeedCustomer[] = PARTNER_CENTER.map((c, i) => ({
  id: `c-${i + 1}`,
  name: c.companyName,
  sentDaysAgo: 20,
}));

/** Every invitation's id and status, read raw from IndexedDB. */
export function statuses(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('invitations').objectStore('invitations').getAll();
          get.onsuccess = () => {
            resolve(
              get.result.map((i: { id: string; status: string }) => `${i.id}:${i.status}`).sort(),
            );
            open.result.close();
          };
        };
      }),
  );
}

export async function start(page: Page, ms: MicrosoftHarness) {
  ms.server.contract.customers = PARTNER_CENTER;
  await seed(page, OURS);
  await signInOnOptions(page);
}
