import { describe, expect, it } from 'vitest';
import { matchKey, normalizeName } from '../../../lib/invitation';

describe('normalizeName', () => {
  it.each([
    ['Café Zürich', 'cafe zurich'],
    ['  CONTOSO   Ltd.  ', 'contoso ltd'],
    ['Straße & Söhne', 'strasse sohne'],
    ['Ærø Øl ÆØ', 'aero ol aeo'],
    ['Łódź Œuvre', 'lodz oeuvre'],
    ["McDonald's", 'mcdonalds'],
    ['Fabrikam—Noord/Zuid (NL)', 'fabrikam noord zuid nl'],
    ['Ångström\tÉlan\nCo', 'angstrom elan co'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('matchKey', () => {
  it.each([
    ['Contoso B.V.', 'contoso'],
    ['Contoso BV', 'contoso'],
    ['contoso', 'contoso'],
    ['Contoso, Inc.', 'contoso'],
    ['Contoso Corporation', 'contoso'],
    ['Fabrikam GmbH & Co. KG', 'fabrikam'],
    ['Fabrikam S.A.R.L.', 'fabrikam'],
    ['Fabrikam S.p.A.', 'fabrikam'],
    ['Northwind Traders Ltd', 'northwind traders'],
    ['Northwind Traders Limited', 'northwind traders'],
    ['Tailspin Pty Ltd', 'tailspin'],
    ['Wingtip N.V.', 'wingtip'],
    ['Café Zürich AG', 'cafe zurich'],
    ['Volvo AB', 'volvo'],
    ['Nokia Oyj', 'nokia'],
  ])('%j → %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('keeps legal words that are not at the end', () => {
    expect(matchKey('AB Volvo')).toBe('ab volvo');
    expect(matchKey('Co-op Stores')).toBe('co op stores');
  });

  it('never strips a name down to nothing', () => {
    expect(matchKey('AB')).toBe('ab');
    expect(matchKey('B.V.')).toBe('b v');
  });

  it('makes different spellings of one company equal', () => {
    expect(matchKey('Contoso B.V.')).toBe(matchKey('CONTOSO bv'));
    expect(matchKey('Café Zürich GmbH')).toBe(matchKey('Cafe Zurich'));
  });
});
