// `npm run bench`: builds the extension and prints figures (not pass/fail), each
// beside its baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { copyExtension, launchWithExtension } from './bench/lib.mjs';
import { addBlankPreactPage, benchPopup } from './bench/popup.mjs';
import { entrypointSizes, printSizes } from './bench/sizes.mjs';

// Figures on a shared machine mean little without its load: printed at start and end.
const load = (when) =>
  console.log(
    `load average ${when}: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (${cpus().length} CPUs)`,
  );
load('at start');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

printSizes(entrypointSizes(), {
  popup: '30 KB',
  'content: gmail': '12 KB',
  'content: outlook': '12 KB',
});

const extensionDir = copyExtension();
await addBlankPreactPage(extensionDir);
const browser = await launchWithExtension(extensionDir);
try {
  await benchPopup(browser);
  for (const extra of [
    './bench/journey.mjs',
    './bench/insert.mjs',
    './bench/compose.mjs',
    './bench/options.mjs',
    './bench/team.mjs',
  ]) {
    const mod = await import(extra).catch((e) =>
      e.code === 'ERR_MODULE_NOT_FOUND' ? null : Promise.reject(e),
    );
    if (mod) await mod.default(browser, extensionDir);
  }
} finally {
  await browser.close();
  load('at end');
}
