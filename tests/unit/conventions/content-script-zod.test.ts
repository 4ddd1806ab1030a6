/**
 * Convention: the content scripts carry no zod. They load in every Gmail and Outlook
 * tab, and zod/mini's core alone is ~5.5 KB gzip, half of a content script's 12 KB
 * budget; so they check requests by hand (lib/messaging/content-request.ts). One stray
 * import of lib/schema brings zod back silently. Reads the build: `npm test` builds first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT, read } from './files';

/**
 * Strings that survive minification because they are data, not names: zod core's
 * constructor names (`$constructor("$ZodType", …)`, `$ZodCheck`, `$ZodError`), the `_zod`
 * property every schema carries, and zod's global config. Plain "zod" is no marker:
 * Dutch "zodat" is in the e-mail templates.
 */
const ZOD_MARKERS = [/\$Zod[A-Z]\w*/, /\b_zod\b/, /__zod_globalConfig/];

const zodMarkersIn = (bundle: string): string[] =>
  ZOD_MARKERS.flatMap((marker) => bundle.match(marker)?.[0] ?? []);

describe('the zod check', () => {
  it('finds zod in a minified bundle', () => {
    const bundle = 'const Ut=F("$ZodType",(e,t)=>{t.defineProperty(e,"_zod",o)});e._zod.def';
    expect(zodMarkersIn(bundle)).toEqual(['$ZodType', '_zod']);
  });

  it('does not take Dutch text or other code for zod', () => {
    expect(zodMarkersIn('"zodat wij",e.schema_zoo,safeParse(x),Zod')).toEqual([]);
  });
});

const BUILD = 'run the build first (`npx wxt build`; `npm test` builds before vitest)';
const targets = ['chrome-mv3', 'firefox-mv3'].filter(
  (target, i) => i === 0 || existsSync(join(ROOT, '.output', target)),
);

describe.each(targets)('the %s build', (target) => {
  const scripts = filesUnder(`.output/${target}/content-scripts`, /\.js$/);

  it('has content scripts without zod', () => {
    const missing = `no .output/${target}/content-scripts/*.js: ${BUILD}`;
    expect(scripts.length, missing).toBeGreaterThan(0);
    const withZod = scripts.filter((file) => zodMarkersIn(read(file)).length > 0);
    expect(withZod).toEqual([]);
  });

  it('has an in-compose dialog chunk without zod (it runs in the webmail page too)', () => {
    const dialog = join(ROOT, '.output', target, 'compose-dialog.js');
    expect(existsSync(dialog), `no .output/${target}/compose-dialog.js: ${BUILD}`).toBe(true);
    expect(zodMarkersIn(read(`.output/${target}/compose-dialog.js`))).toEqual([]);
  });

  it('still has zod where it is used, so the markers still match zod', () => {
    const others = filesUnder(`.output/${target}`, /\.js$/).filter(
      (f) => !scripts.includes(f) && !f.endsWith('compose-dialog.js'),
    );
    expect(others.length, `no .output/${target}/**/*.js: ${BUILD}`).toBeGreaterThan(0);
    expect(others.some((file) => zodMarkersIn(read(file)).length > 0)).toBe(true);
  });
});
