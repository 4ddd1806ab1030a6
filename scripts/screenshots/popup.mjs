// The popup's pictures for `npm run screenshots` (scripts/screenshots.mjs): at
// 400×600 (the size of a real toolbar popup), in a fresh profile: first use, the
// suggestions, every day (a returning customer picked), and the notice after a
// hand-over.
import { copyExtension, launchWithExtension } from '../bench/lib.mjs';

const OUT = 'docs/screenshots';
const VIEWPORT = { width: 400, height: 600 };
const DAY = 86_400_000;
const TENANT = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;

/** A customer with an invitation sent 12 days ago, written as lib/db writes it (all three stores). */
async function seedReturningCustomer(page) {
  await page.evaluate(
    ({ link, sentAt }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('csp-reseller-invitations');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['customers', 'invitations', 'latest'], 'readwrite');
          const base = { cloud: 'public', notes: '', createdAt: sentAt, updatedAt: sentAt };
          tx.objectStore('customers').put({
            ...base,
            id: 'c1',
            name: 'Bakkerij de Zon',
            nameKey: 'bakkerij de zon',
            contactName: 'Jan Visser',
            contactEmail: 'jan@bakkerijdezon.nl',
            domain: 'bakkerijdezon.nl',
            country: 'NL',
          });
          const invitation = {
            id: 'i1',
            customerId: 'c1',
            relationshipType: 'direct',
            purpose: 'new-relationship',
            cloud: 'public',
            adminPrivileges: true,
            link,
            language: 'nl',
            subject: 'Verzoek',
            text: link,
            channel: 'gmail',
            status: 'sent',
            history: [{ status: 'sent', at: sentAt }],
            createdAt: sentAt,
            sentAt,
          };
          tx.objectStore('invitations').put(invitation);
          tx.objectStore('latest').put({
            customerId: 'c1',
            invitationId: 'i1',
            status: 'sent',
            changedAt: sentAt,
            createdAt: sentAt,
            sentAt,
            adminPrivileges: true,
            cloud: 'public',
            purpose: 'new-relationship',
            language: 'nl',
            count: 1,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { link: LINK, sentAt: Date.now() - 12 * DAY },
  );
}

export async function shootPopup(lang) {
  const labels =
    lang === 'nl'
      ? {
          tenant: 'Tenant-ID van de partner',
          partner: 'Naam van de partner',
          you: 'Uw naam',
          save: 'Profiel opslaan',
          name: 'Klantnaam',
          copy: 'Kopiëren naar klembord',
        }
      : {
          tenant: 'Partner tenant ID',
          partner: 'Partner name',
          you: 'Your name',
          save: 'Save profile',
          name: 'Customer name',
          copy: 'Copy to clipboard',
        };
  const launched = await launchWithExtension(copyExtension(), { lang });
  const { context, extensionId } = launched;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const url = `chrome-extension://${extensionId}/popup.html`;
  try {
    let page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    await page.getByLabel(labels.tenant, { exact: true }).waitFor();
    await page.screenshot({ path: `${OUT}/popup-first-use-${lang}.png` });

    await page.getByLabel(labels.tenant, { exact: true }).fill(TENANT);
    await page.getByLabel(labels.partner, { exact: true }).fill('Fabrikam IT');
    await page.getByLabel(labels.you, { exact: true }).fill('Anna de Vries');
    await page.getByRole('button', { name: labels.save }).click();
    await page.getByLabel(labels.name, { exact: true }).waitFor();
    await seedReturningCustomer(page);
    await page.reload();
    const name = page.getByRole('combobox', { name: labels.name });
    await name.pressSequentially('bak');
    await page.getByRole('option').first().waitFor();
    await page.screenshot({ path: `${OUT}/popup-suggestions-${lang}.png` });
    await name.press('ArrowDown');
    await name.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('#compose-message')?.value.includes('https://'),
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/popup-every-day-${lang}.png` });

    await page.getByRole('button', { name: labels.copy }).click();
    await page.waitForTimeout(600); // the record and the debounced save
    await page.close();
    page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    await page.locator('.notice.pending').waitFor();
    await page.screenshot({ path: `${OUT}/popup-after-hand-over-${lang}.png` });
  } finally {
    await launched.close();
  }
}
