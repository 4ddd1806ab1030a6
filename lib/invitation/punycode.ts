/**
 * Decoding an IDNA label ("xn--micrsoft-qbh" → "micrоsoft"), RFC 3492's
 * algorithm, so a look-alike check can read the letters behind punycode: a
 * browser's `<input type=email>` hands the popup the ASCII form, in which a
 * Cyrillic "о" is invisible. Browsers offer no decoder to pages.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // A-Z
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z
  return BASE;
}

/** The Unicode of a punycode string (without "xn--"), or undefined when it is not valid. */
export function decodePunycode(input: string): string | undefined {
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff || i > 0x7fffffff) return undefined;
    }
    const points = output.length + 1;
    bias = adapt(i - oldi, points, oldi === 0);
    n += Math.floor(i / points);
    if (n > 0x10ffff) return undefined;
    i %= points;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** A domain with each "xn--" label decoded; labels that fail to decode stay as they are. */
export function domainToUnicode(domain: string): string {
  return domain
    .split('.')
    .map((label) =>
      label.toLowerCase().startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label,
    )
    .join('.');
}
