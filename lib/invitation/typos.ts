/**
 * Data and a distance measure for spotting typos in e-mail domains. The list is
 * the consumer mail domains that small-business contacts use most in the markets
 * the templates serve (English and Dutch); business domains cannot be guessed.
 */

export const COMMON_EMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  // Real domains one letter from gmail.com, listed so they are never "corrected".
  'ymail.com',
  'email.com',
  'mail.com',
  'protonmail.com',
  'proton.me',
  'outlook.nl',
  'hotmail.nl',
  'live.nl',
  'ziggo.nl',
  'kpnmail.nl',
  'xs4all.nl',
  'planet.nl',
  'telenet.be',
  'skynet.be',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'btinternet.com',
  'gmx.de',
  'web.de',
  't-online.de',
];

/** Endings that are a slip for another and are not real top-level domains themselves. */
export const TLD_TYPOS: Readonly<Record<string, string>> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  vom: 'com',
  xom: 'com',
  comm: 'com',
  coom: 'com',
  cpm: 'com',
  cim: 'com',
  nll: 'nl',
  nk: 'nl',
};

/** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
