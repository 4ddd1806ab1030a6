/**
 * Firefox: *Insert into compose* from the popup into a Gmail and an Outlook
 * compose served at their real URLs. Each fixture page keeps its own model of
 * its drafts from the events it receives (tests/fixtures/webmail/*-model.js),
 * like the real editors; the assertions read that model, as
 * tests/e2e/webmail.spec.ts does in Chromium.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Firefox, launchFirefox } from './harness';
import {
  byRole,
  DIRECT_LINK,
  expectAnnounced,
  fillCustomer,
  fixturePage,
  GMAIL_TRUSTED_TYPES_CSP,
  readDb,
  SUBJECT,
  setUpProfile,
} from './ui';

interface Draft {
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
  links: string[];
}

let firefox: Firefox;
beforeEach(async () => {
  firefox = await launchFirefox();
});
afterEach(() => firefox?.close());

interface Site {
  name: string;
  channel: 'gmail' | 'outlook';
  url: string;
  html: string;
  headers: Record<string, string>;
  /** The recipient chip in the page, where the site's fixture draws one. */
  chip?: string;
}

const SITES: Site[] = [
  {
    name: 'Gmail',
    channel: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    html: fixturePage('gmail-signature.html', 'gmail-model.js'),
    headers: { 'content-security-policy': GMAIL_TRUSTED_TYPES_CSP },
    chip: 'div[name="to"] [data-hovercard-id="jan@contoso.com"]',
  },
  {
    name: 'Outlook',
    channel: 'outlook',
    url: 'https://outlook.office.com/mail/',
    html: fixturePage('outlook-compose.html', 'outlook-model.js'),
    headers: {},
  },
];

for (const site of SITES) {
  test(`Insert into compose fills a ${site.name} compose: recipient, subject, text and link above the signature; Done records ${site.channel}`, async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await setUpProfile(popup);
    await fillCustomer(popup);
    // Opened last, the webmail tab is the active one, as behind a real popup.
    const mail = await firefox.openWebmail(site.url, site.html, site.headers);
    await mail.waitForSelector(`html[data-csp-invitations="${site.channel}"]`);

    await byRole(popup, 'button', 'Insert into compose').click();
    await expectAnnounced(
      popup,
      `Inserted into the compose window to jan@contoso.com in ${site.name}.`,
    );
    const draft = () =>
      mail.evaluate(() => (window as unknown as { __drafts: Record<string, Draft> }).__drafts.c1!);
    // The page's model follows events; give a loaded machine time to deliver them.
    await expect.poll(async () => (await draft()).to).toEqual(['jan@contoso.com']);
    await expect.poll(async () => (await draft()).links).toEqual([DIRECT_LINK]);
    const written = await draft();
    expect(written.subject).toBe(SUBJECT);
    expect(written.body).toContain('Dear Jan de Vries,');
    expect(written.body).toContain('Global Administrator');
    expect(written.body.indexOf(DIRECT_LINK)).toBeGreaterThan(-1);
    expect(written.body.indexOf(DIRECT_LINK)).toBeLessThan(written.body.indexOf('Anna de Vries'));
    if (written.cc) expect(written.cc).toEqual([]);
    if (site.chip) expect(await mail.$$(site.chip)).toHaveLength(1);

    await byRole(popup, 'button', 'Done').click();
    await expectAnnounced(popup, 'Recorded');
    const { invitations } = await readDb(popup);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ channel: site.channel, status: 'sent' });
    expect(await firefox.consoleErrors()).toEqual([]);
  });
}

// Issue 11 in Firefox: the dialog's chunk is imported from a moz-extension URL by the
// content script; the journey and Send recorded, in the Gmail fixture (Trusted Types).
// Puppeteer's aria queries do not reach into shadow roots here: `pierce/` does.
test('the in-compose button: a new customer → Insert → Send records it as sent (Gmail)', async () => {
  const popup = await firefox.openExtensionPage('popup.html');
  await setUpProfile(popup);
  const site = SITES[0]!;
  const mail = await firefox.openWebmail(site.url, site.html, site.headers);
  await mail.waitForSelector('html[data-csp-invitations="gmail"]');
  const inShadow = (selector: string) =>
    mail.locator(`pierce/${selector}`).setWaitForStableBoundingBox(false);
  const button = inShadow('[aria-haspopup="dialog"]');
  expect(await button.map((b) => b.textContent).wait()).toBe('Insert reseller invitation');
  await button.click();
  await inShadow('#csp-customer').fill('Contoso B.V.');
  await inShadow('#csp-email').fill('jan@contoso.com');
  await inShadow('button[type="submit"]').click();
  const draft = () =>
    mail.evaluate(() => (window as unknown as { __drafts: Record<string, Draft> }).__drafts.c1!);
  await expect.poll(async () => (await draft()).links, { timeout: 10_000 }).toEqual([DIRECT_LINK]);
  await expect.poll(async () => (await readDb(popup)).invitations[0]?.status).toBe('draft');
  await mail.click('td.gU.Up [role="button"]');
  await expect
    .poll(async () => (await readDb(popup)).invitations[0], { timeout: 10_000 })
    .toMatchObject({ status: 'sent', channel: 'gmail' });
  expect(await firefox.consoleErrors()).toEqual([]);
});
