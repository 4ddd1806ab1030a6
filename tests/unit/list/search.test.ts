import { describe, expect, it } from 'vitest';
import { nameKeyOf } from '../../../lib/db';
import { normalizeName } from '../../../lib/invitation/normalize';
import { matchesTerms, queryTerms, searchKey, searchTextOf } from '../../../lib/list';

const text = (name: string, contactEmail = '', domain = '') =>
  searchTextOf({ name, contactEmail, domain });

describe('search normalisation', () => {
  it.each([
    ['zurich', 'Café Zürich'],
    ['ZURICH', 'Café Zürich'],
    ['café', 'Cafe Zurich'],
    ['zür', 'Café Zürich'],
    ['rich', 'Café Zürich'],
    ['strasse', 'Hauptstraße AG'],
    ['mcdonalds', "McDonald's"],
    ['zurich cafe', 'Café Zürich'],
  ])('%j finds %j (case, accents, inside a word)', (query, name) => {
    expect(matchesTerms(text(name), queryTerms(query))).toBe(true);
  });

  it.each([
    ['zurich bern', 'Café Zürich'],
    ['zurichx', 'Café Zürich'],
  ])('%j does not find %j (every word must occur)', (query, name) => {
    expect(matchesTerms(text(name), queryTerms(query))).toBe(false);
  });

  it('searches the contact e-mail and the domain too', () => {
    const t = text('Contoso', 'anna@café-zürich.ch', 'contoso.nl');
    expect(matchesTerms(t, queryTerms('anna@cafe'))).toBe(true);
    expect(matchesTerms(t, queryTerms('contoso.nl'))).toBe(true);
    expect(matchesTerms(t, queryTerms('zurich.ch'))).toBe(true);
  });

  it('never matches a word across two fields', () => {
    const t = text('Alpha', 'beta@x.org');
    expect(matchesTerms(t, queryTerms('alphabeta'))).toBe(false);
  });

  it('an empty or all-punctuation query matches everything', () => {
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('--')).toEqual([]);
    expect(matchesTerms(text('Anything'), queryTerms(''))).toBe(true);
  });
});

describe('searchKey', () => {
  it.each([
    "McDonald's",
    'Contoso B.V.',
    'anna@cafe-zurich.ch',
    '  Fabrikam,   Inc.  ',
    'A`B\tC\nD',
    'Café Zürich',
    'Hauptstraße',
    'Ørsted’s',
  ])('equals normalizeName for %j', (text) => {
    expect(searchKey(text)).toBe(normalizeName(text));
  });

  it('equals normalizeName for any printable ASCII', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 30 }, () =>
        String.fromCharCode(32 + (next() % 95)),
      ).join('');
      expect(searchKey(text)).toBe(normalizeName(text));
    }
  });
});

describe('the stored name key is the name as search reduces it', () => {
  // searchTextOf uses a customer's nameKey instead of normalising the name again.
  it.each([
    'Café Zürich',
    'Contoso B.V.',
    "McDonald's",
    'McDonald’s Øresund',
    'Bäckerei Müller GmbH & Co. KG',
    'Łódź  Kraków',
    'São Paulo Consulting SA 12',
    'straße',
    '  spaced   out  ',
    'ALL-CAPS_name',
  ])('%s', (name) => {
    expect(nameKeyOf(name)).toBe(searchKey(name));
  });
});
