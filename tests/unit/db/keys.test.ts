import { describe, expect, it } from 'vitest';
import { domainKeyOf, emailKeyOf, nameKeyOf } from '../../../lib/db';

describe('nameKeyOf', () => {
  it.each([
    ['Café Zürich', 'cafe zurich'],
    ['CAFE-ZURICH', 'cafe zurich'],
    ['Straße GmbH & Co. KG', 'strasse gmbh co kg'],
    ['  Contoso,   Ltd.  ', 'contoso ltd'],
    ['Ørsted A/S', 'orsted a s'],
    ["McDonald's", 'mcdonalds'],
    ['Fabrikam 365', 'fabrikam 365'],
    ['!!!', ''],
  ])('%j → %j', (name, key) => {
    expect(nameKeyOf(name)).toBe(key);
  });
});

describe('emailKeyOf', () => {
  it('trims and lower-cases', () => {
    expect(emailKeyOf('  Anna.Jansen@Contoso.COM ')).toBe('anna.jansen@contoso.com');
  });
});

describe('domainKeyOf', () => {
  it.each([
    ['Contoso.com', 'contoso.com'],
    ['https://www.Contoso.com/about?x=1', 'contoso.com'],
    ['@contoso.nl', 'contoso.nl'],
    ['contoso.com.', 'contoso.com'],
    ['', ''],
  ])('%j → %j', (domain, key) => {
    expect(domainKeyOf(domain)).toBe(key);
  });
});
