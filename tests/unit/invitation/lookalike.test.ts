// Item 11: look-alike mail domains are warned about (lib/invitation/lookalike.ts).
import { describe, expect, it } from 'vitest';
import { decodePunycode, domainToUnicode, lookAlikeDomain } from '../../../lib/invitation';

describe('decodePunycode (RFC 3492)', () => {
  it.each([
    ['micrsoft-qbh', 'micrоsoft'],
    ['bcher-kva', 'bücher'],
    ['mnchen-3ya', 'münchen'],
    ['e1afmkfd', 'пример'],
    ['fsqu00a', '例子'],
    ['r8jz45g', '例え'],
  ])('%s → %s', (ascii, unicode) => {
    expect(decodePunycode(ascii)).toBe(unicode);
  });

  it('gives undefined for text that is not punycode', () => {
    expect(decodePunycode('!!!')).toBeUndefined();
    expect(domainToUnicode('xn--!!.com')).toBe('xn--!!.com');
  });
});

describe('lookAlikeDomain', () => {
  it.each([
    [
      'a Cyrillic о in microsoft.com',
      'it@micr\u043esoft.com',
      'domain-mixed-scripts',
      'micrоsoft.com',
      ['Latin', 'Cyrillic'],
    ],
    [
      'the same in punycode, as Chrome’s e-mail field gives it',
      'it@xn--micrsoft-qbh.com',
      'domain-mixed-scripts',
      'micrоsoft.com',
      ['Latin', 'Cyrillic'],
    ],
    ['a Greek ο', 'it@g\u03bfogle.com', 'domain-mixed-scripts', 'gοogle.com', ['Latin', 'Greek']],
    [
      'an all-Cyrillic name under .com',
      'it@\u0430\u0440\u0440\u04cf\u0435.com',
      'domain-mixed-scripts',
      '\u0430\u0440\u0440\u04cf\u0435.com',
      ['Cyrillic', 'Latin'],
    ],
    ['a real IDN in punycode', 'info@xn--bcher-kva.de', 'domain-punycode', 'bücher.de', ['Latin']],
    [
      'a Japanese domain in punycode',
      'info@xn--r8jz45g.jp',
      'domain-punycode',
      '例え.jp',
      ['CJK', 'Latin'],
    ],
  ])('warns about %s', (_what, address, code, shown, scripts) => {
    expect(lookAlikeDomain(address)).toMatchObject({ code, shown, scripts });
  });

  it.each([['it@contoso.com'], ['anna@café-zürich.ch'], ['info@пример.рф'], ['x@例え.jp'], ['']])(
    'is quiet for %s',
    (address) => {
      expect(lookAlikeDomain(address)).toBeUndefined();
    },
  );
});
