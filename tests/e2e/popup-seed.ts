/**
 * Records written straight into the extension's IndexedDB from an extension
 * page, as lib/db writes them (customer, invitation, list summary): a returning
 * customer for the popup, or a status another page set (the background's markSent).
 */
import type { Page } from '@playwright/test';
import { DIRECT_LINK } from './popup-helpers';

export const DAY = 86_400_000;

/**
 * A customer with one invitation, written as lib/db writes it (customer,
 * invitation and its list summary), `daysAgo` days back: a returning customer.
 */
export async function seedReturningCustomer(
  page: Page,
  {
    status = 'sent',
    daysAgo = 12,
    language = 'nl',
  }: { status?: string; daysAgo?: number; language?: 'en' | 'nl' } = {},
): Promise<void> {
  await page.evaluate(
    ({ link, at, status, language }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['customers', 'invitations', 'latest'], 'readwrite');
          tx.objectStore('customers').put({
            id: 'c1',
            name: 'Bakkerij de Zon',
            nameKey: 'bakkerij de zon',
            contactName: 'Jan Visser',
            contactEmail: 'jan@bakkerijdezon.nl',
            domain: 'bakkerijdezon.nl',
            country: 'NL',
            cloud: 'public',
            notes: '',
            createdAt: at,
            updatedAt: at,
          });
          const sent = status === 'draft' ? {} : { sentAt: at };
          tx.objectStore('invitations').put({
            id: 'i1',
            customerId: 'c1',
            relationshipType: 'direct',
            purpose: 'new-relationship',
            cloud: 'public',
            adminPrivileges: false,
            link,
            language,
            subject: 'Verzoek',
            text: link,
            channel: 'gmail',
            status,
            history: [{ status, at }],
            createdAt: at,
            ...sent,
          });
          tx.objectStore('latest').put({
            customerId: 'c1',
            invitationId: 'i1',
            status,
            changedAt: at,
            createdAt: at,
            ...sent,
            adminPrivileges: false,
            cloud: 'public',
            purpose: 'new-relationship',
            language,
            count: 1,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    {
      link: DIRECT_LINK.replace('DAP=true', 'DAP=false'),
      at: Date.now() - daysAgo * DAY,
      status,
      language,
    },
  );
}

/** Sets an invitation's status in the store as another page would (the background's markSent). */
export async function setStoredStatus(page: Page, id: string, status: string): Promise<void> {
  await page.evaluate(
    ({ id, status }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['invitations'], 'readwrite');
          const store = tx.objectStore('invitations');
          const get = store.get(id);
          get.onsuccess = () => {
            const at = Date.now();
            const record = get.result as { history: unknown[] };
            store.put({
              ...record,
              status,
              sentAt: at,
              history: [...record.history, { status, at }],
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { id, status },
  );
}
