// Insert into compose: time from the popup's click to the text registered by the
// webmail page's editor, median of N runs per site. "Registered" is the fixture's
// own model seeing the link (its `fixture-draft-changed` event): for Gmail the
// fixture's paste handler, for Outlook a real roosterjs editor's `contentChanged`.
import { roosterFixtureScript } from '../../tests/fixtures/webmail/roosterjs/bundle.mjs';
import { fmt, median, printTable, timeToMark, webmailFixture } from './lib.mjs';

const SITES = [
  {
    name: 'Gmail (Trusted Types)',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    html: webmailFixture('gmail-new-compose.html', 'gmail-model.js'),
    headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
  },
  {
    name: 'Outlook on the web (roosterjs)',
    url: 'https://outlook.office.com/mail/',
    html: webmailFixture(
      'outlook-compose.html',
      { source: roosterFixtureScript() },
      'outlook-model.js',
    ),
    headers: {},
  },
];

const PROFILE = {
  tenantId: '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f',
  partnerName: 'Fabrikam Cloud',
  senderName: 'Anna de Vries',
  defaultCloud: 'public',
  defaultLanguage: 'en',
};
const FORM = {
  customerName: 'Contoso',
  contactEmail: 'it@contoso.com',
  contactName: 'Jan Jansen',
  customerDomain: 'contoso.com',
};

export default async function benchInsert({ context, extensionId }, _extensionDir, runs = 10) {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const setup = await context.newPage();
  await setup.goto(popupUrl);
  await setup.evaluate(
    ([profile, form]) =>
      Promise.all([
        chrome.storage.sync.set({ profile }),
        chrome.storage.local.set({
          unfinishedDraft: { form, edited: false, subject: '', message: '', link: '', savedAt: 0 },
        }),
      ]),
    [PROFILE, FORM],
  );
  await setup.close();

  const rows = [];
  for (const site of SITES) {
    await context.route(site.url.replace(/#.*$/, ''), (route) =>
      route.fulfill({ contentType: 'text/html', headers: site.headers, body: site.html }),
    );
    const times = [];
    for (let i = 0; i < runs; i++) {
      // A fresh page each run: Gmail's URL has a fragment, so goto would not reload.
      const mail = await context.newPage();
      await mail.goto(site.url);
      await mail.waitForSelector('html[data-csp-invitations]');
      // The editor registered the text when its model holds the link.
      await mail.evaluate(() => {
        document.addEventListener('fixture-draft-changed', () => {
          // The moment of the editor's event; checking its model comes after.
          const at = performance.timeOrigin + performance.now();
          const drafts = Object.values(window.__drafts ?? {});
          if (drafts.some((d) => d.links?.some((l) => l.includes('partner-invitation')))) {
            window.__registeredAt ??= at;
          }
        });
      });
      const popup = await context.newPage();
      await timeToMark(popup, popupUrl);
      const button = popup.getByRole('button', { name: 'Insert into compose' });
      await button.waitFor();
      const clickedAt = await button.evaluate((b) => {
        const at = performance.timeOrigin + performance.now();
        b.click();
        return at;
      });
      const registeredAt = await mail
        .waitForFunction(() => window.__registeredAt, null, { timeout: 5000, polling: 10 })
        .then((h) => h.jsonValue())
        .catch(() => Number.NaN);
      times.push(registeredAt - clickedAt);
      await popup.close();
      await mail.close();
    }
    await context.unroute(site.url.replace(/#.*$/, ''));
    const ok = times.filter((x) => !Number.isNaN(x));
    rows.push([site.name, ok.length ? fmt(median(ok)) : 'n/a', `${ok.length}/${runs}`]);
  }
  printTable(
    `Insert into compose: click → text registered by the page's editor (median of ${runs})`,
    ['webmail', 'median', 'runs that inserted'],
    rows,
  );
}
