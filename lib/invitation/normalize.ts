/**
 * Name keys shared by the database (the `nameKey` index) and import code, so that
 * "Café Zürich" finds "Cafe Zurich" and "Contoso B.V." matches "Contoso".
 */

/** Letters NFD does not split into base + accent (ß, æ, ø, …). */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, accents removed, punctuation as spaces, whitespace collapsed. */
export function normalizeName(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[ßæøœłđðþı]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // An apostrophe joins ("McDonald's" matches "McDonalds") instead of splitting.
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Legal forms as normalizeName leaves them: "B.V." has become "b v", so each form
 * is a sequence of words. Stripped only at the end, and repeatedly, so that
 * "GmbH & Co. KG" goes entirely.
 */
const LEGAL_SUFFIXES: readonly string[][] = /* @__PURE__ */ [
  'bv',
  'b v',
  'nv',
  'n v',
  'vof',
  'v o f',
  'cv',
  'c v',
  'bvba',
  'sprl',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ev',
  'e v',
  'ltd',
  'limited',
  'llc',
  'l l c',
  'llp',
  'lp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'sa',
  's a',
  'sas',
  'sarl',
  's a r l',
  'srl',
  's r l',
  'spa',
  's p a',
  'plc',
  'pty',
  'ab',
  'as',
  'a s',
  'asa',
  'aps',
  'oy',
  'oyj',
].map((form) => form.split(' '));

/** normalizeName without trailing legal forms: the key for matching a company. */
export function matchKey(name: string): string {
  const words = normalizeName(name).split(' ').filter(Boolean);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const form of LEGAL_SUFFIXES) {
      // Never strip the whole name: a company may be called "AB" or "Co".
      if (words.length > form.length && endsWith(words, form)) {
        words.splice(words.length - form.length, form.length);
        stripped = true;
        break;
      }
    }
  }
  return words.join(' ');
}

function endsWith(words: readonly string[], form: readonly string[]): boolean {
  const offset = words.length - form.length;
  return form.every((word, i) => words[offset + i] === word);
}
