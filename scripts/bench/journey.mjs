// The everyday journey: a returning customer into an already open Gmail compose.
// Counts the partner's interactions (opening the popup from the toolbar counts
// as one) and times the journey from opening the popup to the text registered
// by the compose's editor, median of N runs. The popup is opened as a tab at
// 400×600, as the other popup benchmarks do.
import { fmt, median, printTable, webmailFixture } from './lib.mjs';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_HTML = webmailFixture('gmail-new-compose.html', 'gmail-model.js');
const DAY = 86_400_000;
const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f&msppId=0&DAP=true#/BillingAccounts/partner-invitation';

/** A customer with an invitation sent 12 days ago, in the three stores lib/db keeps. */
function seed({ link, at }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('csp-reseller-invitations');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['customers', 'invitations', 'latest'], 'readwrite');
      tx.objectStore('customers').put({
        id: 'bench-c1',
        name: 'Bakkerij de Zon',
        nameKey: 'bakkerij de zon',
        contactName: 'Jan Visser',
        contactEmail: 'jan@bakkerijdezon.nl',
        domain: 'bakkerijdezon.nl',
        cloud: 'public',
        notes: '',
        createdAt: at,
        updatedAt: at,
      });
      const common = { adminPrivileges: true, cloud: 'public', purpose: 'new-relationship' };
      tx.objectStore('invitations').put({
        ...common,
        id: 'bench-i1',
        customerId: 'bench-c1',
        relationshipType: 'direct',
        link,
        language: 'en',
        subject: 'Invitation',
        text: link,
        channel: 'gmail',
        status: 'sent',
        history: [{ status: 'sent', at }],
        createdAt: at,
        sentAt: at,
      });
      tx.objectStore('latest').put({
        ...common,
        customerId: 'bench-c1',
        invitationId: 'bench-i1',
        status: 'sent',
        changedAt: at,
        createdAt: at,
        sentAt: at,
        language: 'en',
        count: 1,
      });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export default async function benchJourney(
  { context, worker, extensionId },
  _extensionDir,
  runs = 5,
) {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const setup = await context.newPage();
  await setup.goto(popupUrl);
  // The profile is the one the popup benchmark stored before.
  await setup.evaluate(seed, { link: LINK, at: Date.now() - 12 * DAY });
  await setup.close();
  await context.route(GMAIL_URL.replace(/#.*$/, ''), (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: GMAIL_HTML,
    }),
  );
  const counts = [];
  const times = [];
  for (let i = 0; i < runs; i++) {
    // Not part of the journey: each run starts without the last run's draft and hand-over.
    await worker.evaluate(() =>
      chrome.storage.local.remove(['popupLastChannel', 'unfinishedDraft']),
    );
    const mail = await context.newPage();
    await mail.goto(GMAIL_URL);
    await mail.waitForSelector('html[data-csp-invitations]');
    let interactions = 0;
    const act = (step) => {
      interactions += 1;
      return step();
    };
    const started = Date.now();
    const popup = await act(async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(popupUrl);
      return page;
    });
    await act(() =>
      popup.getByRole('combobox', { name: 'Customer name' }).pressSequentially('bak'),
    );
    await act(() => popup.getByRole('option', { name: /^Bakkerij de Zon/ }).click());
    await act(() => popup.getByRole('button', { name: 'Insert into compose' }).click());
    await mail.waitForFunction(() => window.__drafts?.c1?.links?.length > 0, null, {
      timeout: 10_000,
    });
    times.push(Date.now() - started);
    counts.push(interactions);
    // Not part of the journey: the next run starts without this run's hand-over.
    await popup.evaluate(() =>
      chrome.storage.local.remove(['popupLastChannel', 'unfinishedDraft']),
    );
    await popup.close();
    await mail.close();
  }
  await context.unroute(GMAIL_URL.replace(/#.*$/, ''));
  await worker.evaluate(() => chrome.storage.local.remove(['popupLastChannel', 'unfinishedDraft']));
  printTable(
    `Everyday journey: a returning customer into an open Gmail compose (${runs} runs; budget ≤ 4 interactions, toolbar click included)`,
    ['journey', 'interactions', 'median time', 'min', 'max'],
    [
      [
        'popup, every day: open → type → pick → Insert',
        [...new Set(counts)].join(', '),
        fmt(median(times)),
        fmt(Math.min(...times)),
        fmt(Math.max(...times)),
      ],
    ],
  );
}
