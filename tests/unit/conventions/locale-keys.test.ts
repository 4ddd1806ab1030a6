/**
 * Convention: every UI text key the code names exists in both locales, both locales
 * have the same keys with the same placeholders, and every key is used. `t()` falls
 * back to the bare key, so a missing or misspelled key shows as `options_foo` in the
 * UI instead of failing anywhere; an unused key is text translators maintain for nothing.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings with `${` are source code under test.
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files';

type Locale = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
type KeyPattern = { template: string; regex: RegExp };

/** A literal first argument of `t`, of the helpers that pass a key on (`translate`, `label`), or of `getMessage`. */
const HELPER_ARG = /(?:(?<![\w.$])(?:t|translate|label)|\.getMessage)\(\s*(['"`])([A-Za-z]\w*)\1/g;
const MANIFEST_KEY = /__MSG_(\w+?)__/g;
/** A template literal opening with a key-shaped prefix, e.g. `options_status_${`. */
const KEY_TEMPLATE = /`([A-Za-z][A-Za-z0-9]*_\w*)\$\{/g;

/** The prefixes before `_` of a locale's keys (`options`, `popup`, …). */
const namespaces = (locale: Locale) => [
  ...new Set(Object.keys(locale).flatMap((k) => (k.includes('_') ? [k.split('_')[0]!] : []))),
];

/**
 * Keys named literally: helper arguments, `__MSG_key__`, and any string literal in a
 * key namespace (tables such as `{ label: 'options_col_name' }`, ternaries inside `t`).
 */
function literalKeys(sources: string[], spaces: string[]): Set<string> {
  const namespaced = new RegExp(`(['"\`])((?:${spaces.join('|')})_\\w+)\\1`, 'g');
  const keys = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(HELPER_ARG)) keys.add(m[2]!);
    for (const m of text.matchAll(MANIFEST_KEY)) keys.add(m[1]!);
    if (spaces.length > 0) for (const m of text.matchAll(namespaced)) keys.add(m[2]!);
  }
  return keys;
}

/** The index just after the `}` closing a `${…}` whose body starts at `from`. */
function skipExpression(text: string, from: number): number {
  let depth = 1;
  let i = from;
  for (; i < text.length && depth > 0; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      i = end < 0 ? text.length : end;
    }
  }
  return i;
}

/** Keys built at run time, `prefix_${…}suffix`, each as a pattern (`prefix_*suffix`) over key characters. */
function dynamicKeyPatterns(sources: string[]): KeyPattern[] {
  const patterns: KeyPattern[] = [];
  for (const text of sources) {
    for (const m of text.matchAll(KEY_TEMPLATE)) {
      const parts = [m[1]!];
      let i = m.index + m[0].length;
      for (;;) {
        i = skipExpression(text, i);
        // Static text with other characters than a key's (`-`, spaces): not a key.
        const next = /^(\w*)(`|\$\{)/.exec(text.slice(i));
        if (!next) break;
        parts.push(next[1]!);
        i += next[0].length;
        if (next[2] === '`') {
          const regex = new RegExp(`^${parts.join('\\w+')}$`);
          patterns.push({ template: parts.join('*'), regex });
          break;
        }
      }
    }
  }
  return patterns;
}

const missingKeys = (keys: Iterable<string>, locale: Locale): string[] =>
  [...keys].filter((key) => !Object.hasOwn(locale, key));

const unmatchedPatterns = (patterns: KeyPattern[], locale: Locale): string[] =>
  patterns.filter((p) => !Object.keys(locale).some((k) => p.regex.test(k))).map((p) => p.template);

function unusedKeys(locale: Locale, sources: string[]): string[] {
  const used = literalKeys(sources, namespaces(locale));
  const patterns = dynamicKeyPatterns(sources);
  return Object.keys(locale).filter((k) => !used.has(k) && !patterns.some((p) => p.regex.test(k)));
}

/** `$1`…`$9` and `$name$` in the message (`$$` is a literal dollar), plus declared placeholders. */
function placeholders(entry: Locale[string]): string {
  const inText = entry.message.replace(/\$\$/g, '').match(/\$[A-Za-z_]\w*\$|\$\d/g) ?? [];
  const declared = Object.keys(entry.placeholders ?? {}).map((name) => `{${name}}`);
  return [...inText, ...declared]
    .map((p) => p.toLowerCase())
    .sort()
    .join(' ');
}

const placeholderMismatches = (a: Locale, b: Locale): string[] =>
  Object.keys(a).filter((k) => b[k] && placeholders(a[k]!) !== placeholders(b[k]!));

describe('the locale checks report', () => {
  const en: Locale = { popup_a: { message: 'A $1' }, popup_b: { message: 'B' } };
  const nl: Locale = { popup_a: { message: 'A' } };

  it('a key missing in a locale', () => {
    expect(missingKeys(['popup_a', 'popup_b'], nl)).toEqual(['popup_b']);
  });

  it('a key no source uses, but not one used literally or through a pattern', () => {
    const locale: Locale = {
      popup_literal: { message: '' },
      popup_table: { message: '' },
      popup_channel_gmail: { message: '' },
      extName: { message: '' },
      contextMenuGo: { message: '' },
      popup_unused: { message: '' },
    };
    const sources = [
      "t('popup_literal'); const cols = [{ label: 'popup_table' }];",
      "t(`popup_channel_${c.replace('-', '_')}`); translate('contextMenuGo');",
      "const manifest = { name: '__MSG_extName__' };",
    ];
    expect(unusedKeys(locale, sources)).toEqual(['popup_unused']);
  });

  it('a literal key the locale lacks (a typo)', () => {
    const keys = literalKeys(["label(x ? 'popup_a' : 'popup_typo')"], ['popup']);
    expect(missingKeys(keys, en)).toEqual(['popup_typo']);
  });

  it('a dynamic key that matches no key, and reads prefix and suffix', () => {
    const patterns = dynamicKeyPatterns([
      't(`popup_${x}_long`); t(`popup_${y.replace(/-/g, "_")}`)',
    ]);
    expect(patterns.map((p) => p.template)).toEqual(['popup_*_long', 'popup_*']);
    expect(unmatchedPatterns(patterns, en)).toEqual(['popup_*_long']);
  });

  it('ignores template literals that are not keys', () => {
    expect(dynamicKeyPatterns(['id={`link_template-${cloud}`}; `${prefix}_heading`'])).toEqual([]);
  });

  it('placeholders that differ between the languages', () => {
    expect(placeholderMismatches(en, nl)).toEqual(['popup_a']);
    expect(
      placeholderMismatches({ a: { message: '$1 costs $$5' } }, { a: { message: '$1' } }),
    ).toEqual([]);
  });
});

describe('the locale files', () => {
  const locale = (lang: string): Locale =>
    JSON.parse(read(`public/_locales/${lang}/messages.json`));
  const locales = { en: locale('en'), nl: locale('nl') };
  const files = [
    ...['lib', 'entrypoints', 'components'].flatMap((dir) => filesUnder(dir, /\.tsx?$/)),
    'wxt.config.ts',
  ];
  const sources = files.map(read);
  const literal = literalKeys(sources, namespaces(locales.en));
  const patterns = dynamicKeyPatterns(sources);

  it('are checked against the sources', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(literal.size).toBeGreaterThan(200);
    expect(patterns.length).toBeGreaterThan(10);
  });

  it.each(Object.entries(locales))('define every literal key in %s', (_, messages) => {
    expect(missingKeys(literal, messages)).toEqual([]);
  });

  it.each(Object.entries(locales))('define a key for every dynamic key in %s', (_, messages) => {
    expect(unmatchedPatterns(patterns, messages)).toEqual([]);
  });

  it('have the same keys in en and nl', () => {
    expect(missingKeys(Object.keys(locales.en), locales.nl)).toEqual([]);
    expect(missingKeys(Object.keys(locales.nl), locales.en)).toEqual([]);
  });

  it.each(Object.entries(locales))('have no unused key in %s', (_, messages) => {
    expect(unusedKeys(messages, sources)).toEqual([]);
  });

  it('use the same placeholders in en and nl', () => {
    expect(placeholderMismatches(locales.en, locales.nl)).toEqual([]);
  });
});
