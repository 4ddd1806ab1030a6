// `npm run screenshots`: builds the extension and draws the README's pictures
// into docs/screenshots/, in English and Dutch — the popup at 400×600 (the
// toolbar popup's size), the options page at 1280×800 — from the demo data in
// scripts/screenshots/demo-data.mjs, through the pages' own import. Run it again
// whenever the UI changes; the pictures are never edited by hand.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { copyExtension, launchWithExtension } from './bench/lib.mjs';
import { demoBackup, PROFILE } from './screenshots/demo-data.mjs';
import { shootPopup } from './screenshots/popup.mjs';

const OUT = 'docs/screenshots';
/** What the steps click, per UI language (the rest goes by element ids). */
const WORDS = {
  en: { replace: 'Replace all data', dismiss: 'Dismiss', customer: 'Bakkerij Jansen' },
  nl: { replace: 'Alles vervangen', dismiss: 'Sluiten', customer: 'Bakkerij Jansen' },
};

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function shoot(lang) {
  const words = WORDS[lang];
  const browser = await launchWithExtension(copyExtension(), {
    lang: lang === 'nl' ? 'nl' : 'en-US',
  });
  const { context, worker, extensionId } = browser;
  const url = (path) => `chrome-extension://${extensionId}/${path}`;
  try {
    // A Dutch partner writes Dutch e-mails.
    const profile = { ...PROFILE, defaultLanguage: lang };
    await worker.evaluate((p) => chrome.storage.sync.set({ profile: p }), profile);
    const options = await context.newPage();
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.goto(url('options.html'));
    await options.locator('table.customers').waitFor();
    await options.locator('input[type=file]').setInputFiles({
      name: 'demo.json',
      mimeType: 'application/json',
      buffer: Buffer.from(demoBackup(Date.now(), lang), 'utf8'),
    });
    await options.getByRole('button', { name: words.replace, exact: true }).click();
    await options.getByRole('button', { name: words.dismiss }).first().click();
    await options
      .getByRole('button', { name: words.dismiss })
      .first()
      .click()
      .catch(() => {});
    await options.locator('.overview .count').first().waitFor();
    await options.mouse.move(0, 0);
    await options.screenshot({ path: `${OUT}/options-overview-${lang}.png` });

    await options.getByRole('button', { name: words.customer, exact: true }).click();
    await options.locator('.timeline').waitFor();
    await options.waitForTimeout(300);
    // The latest invitation and its activity, under the dialog's (sticky) heading.
    await options.locator('dialog.details').evaluate((d) => {
      d.scrollTop = d.querySelector('.latest').offsetTop - 72;
    });
    await options.screenshot({ path: `${OUT}/options-timeline-${lang}.png` });
    await options.close();
  } finally {
    await browser.close();
  }
}

mkdirSync(OUT, { recursive: true });
for (const lang of ['en', 'nl']) {
  await shoot(lang);
  await shootPopup(lang);
  console.log(`${OUT}/*-${lang}.png`);
}
