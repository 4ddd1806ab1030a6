/**
 * Look-alike mail domains: "it@micrоsoft.com" with a Cyrillic "о" is another
 * domain that reads as Microsoft's. An invitation sent there reaches whoever
 * registered it. This is a warning, not a refusal: real domains use other
 * scripts and punycode (bücher.de is xn--bcher-kva.de), so the partner is asked
 * to look, in the popup and in an import's preview.
 */
import type { AppError } from '../schema';
import { domainToUnicode } from './punycode';

export type LookAlikeCode = 'domain-mixed-scripts' | 'domain-punycode';

export interface LookAlikeWarning extends AppError<LookAlikeCode> {
  /** The domain as written (ASCII when punycode). */
  domain: string;
  /** The domain as it reads, punycode decoded. */
  shown: string;
  scripts: string[];
}

/**
 * Scripts a domain's letters are in. Japanese and Korean mix scripts by nature,
 * so Han, kana and Hangul count as one. Digits and hyphens belong to none.
 */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];

function scriptsOf(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    found.add(SCRIPTS.find(([, re]) => re.test(char))?.[0] ?? 'other');
  }
  return [...found];
}

/** The domain of an address, or the text itself when it has no "@". */
function domainPart(emailOrDomain: string): string {
  const text = emailOrDomain.trim().toLowerCase();
  return text.slice(text.lastIndexOf('@') + 1).replace(/\.$/, '');
}

/** Scripts with letters that pass for Latin ones: a whole label in them can imitate a Latin name. */
const LATIN_LOOKALIKES = new Set(['Cyrillic', 'Greek', 'Armenian', 'Cherokee']);

/**
 * A label that mixes scripts ("micrоsoft"), or a whole label in a script that
 * imitates Latin under a Latin one ("арреӏе.com"), may imitate another domain;
 * punycode otherwise is only worth a look. "пример.рф" and "例え.jp" are quiet.
 */
export function lookAlikeDomain(emailOrDomain: string): LookAlikeWarning | undefined {
  const domain = domainPart(emailOrDomain);
  // Plain ASCII without punycode is one script (Latin): the common case, checked per CSV row.
  if (domain === '' || (/^[\x20-\x7e]*$/.test(domain) && !domain.includes('xn--'))) {
    return undefined;
  }
  const shown = domainToUnicode(domain);
  const perLabel = shown.split('.').map(scriptsOf);
  const scripts = [...new Set(perLabel.flat())];
  const mixedLabel = perLabel.some((s) => s.length > 1);
  const imitating =
    scripts.includes('Latin') &&
    perLabel.some((s) => s.length === 1 && LATIN_LOOKALIKES.has(s[0] ?? ''));
  if (mixedLabel || imitating) {
    return {
      code: 'domain-mixed-scripts',
      message: `The mail domain ${shown} mixes ${scripts.join(' and ')} letters, so it may imitate another domain. Check the address with the customer before sending.`,
      domain,
      shown,
      scripts,
    };
  }
  if (domain.split('.').some((label) => label.startsWith('xn--'))) {
    return {
      code: 'domain-punycode',
      message: `The mail domain ${domain} is written in punycode (it reads as ${shown}). Check it is the customer's domain before sending.`,
      domain,
      shown,
      scripts,
    };
  }
  return undefined;
}
