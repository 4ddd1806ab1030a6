import { describe, expect, it } from 'vitest';
import { editDistance, validateDomain, validateEmail } from '../../../lib/invitation';

describe('validateEmail', () => {
  it.each([
    ['anna@fabrikam.com', 'anna@fabrikam.com'],
    ['  Anna.de.Vries@Fabrikam.NL ', 'Anna.de.Vries@fabrikam.nl'],
    ['it+csp@contoso.co.uk', 'it+csp@contoso.co.uk'],
    ['someone@gmail.com', 'someone@gmail.com'],
    ['someone@ymail.com', 'someone@ymail.com'],
    ['info@live.nl', 'info@live.nl'],
    ['info@lime.com', 'info@lime.com'],
    ['info@café.fr', 'info@café.fr'],
  ])('accepts %s', (address, value) => {
    expect(validateEmail(address)).toEqual({ ok: true, value });
  });

  it.each(['', '   '])('refuses an empty address %j', (address) => {
    const r = validateEmail(address);
    expect(r.ok ? 'ok' : r.error.code).toBe('email-empty');
  });

  it.each([
    'anna',
    'anna@',
    '@fabrikam.com',
    'anna@@fabrikam.com',
    'an na@fabrikam.com',
    'anna@fabrikam',
    '.anna@fabrikam.com',
    'an..na@fabrikam.com',
    'anna@-fabrikam.com',
    'anna@fabrikam.c',
    'anna@fabrikam.123',
  ])('refuses malformed %s', (address) => {
    const r = validateEmail(address);
    expect(r.ok ? 'ok' : r.error.code).toBe('email-malformed');
    expect(r.ok || r.error.message.length > 10).toBe(true);
  });

  it.each([
    ['anna@gmial.com', 'anna@gmail.com'],
    ['anna@gmal.com', 'anna@gmail.com'],
    ['anna@gmail.con', 'anna@gmail.com'],
    ['anna@gmial.con', 'anna@gmail.com'],
    ['anna@outlok.com', 'anna@outlook.com'],
    ['anna@hotmial.com', 'anna@hotmail.com'],
    ['anna@yahooo.com', 'anna@yahoo.com'],
    ['anna@gmail', 'anna@gmail.com'],
    ['anna@gmail..com', 'anna@gmail.com'],
    ['anna@gmail,com', 'anna@gmail.com'],
    ['anna@fabrikam.con', 'anna@fabrikam.com'],
    ['anna@fabrikam.cmo', 'anna@fabrikam.com'],
    ['anna@fabrikam..nl', 'anna@fabrikam.nl'],
  ])('suggests a fix for %s', (address, suggestion) => {
    const r = validateEmail(address);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('email-typo');
    expect(r.error).toMatchObject({ suggestion });
    expect(r.error.message).toContain(suggestion);
  });
});

describe('validateDomain', () => {
  it.each([
    ['contoso.com', 'contoso.com'],
    [' Contoso.NL. ', 'contoso.nl'],
    ['sub.contoso.co.uk', 'sub.contoso.co.uk'],
    ['xn--caf-dma.fr', 'xn--caf-dma.fr'],
  ])('accepts %s', (domain, value) => {
    expect(validateDomain(domain)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'domain-empty'],
    ['contoso', 'domain-malformed'],
    ['https://contoso.com/', 'domain-malformed'],
    ['anna@contoso.com', 'domain-malformed'],
    ['con toso.com', 'domain-malformed'],
    ['contoso-.com', 'domain-malformed'],
    [`${'a'.repeat(64)}.com`, 'domain-malformed'],
    ['contoso.con', 'domain-typo'],
  ])('refuses %j with %s', (domain, code) => {
    const r = validateDomain(domain);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});

describe('editDistance', () => {
  it.each([
    ['gmail.com', 'gmail.com', 0],
    ['gmial.com', 'gmail.com', 1],
    ['gmal.com', 'gmail.com', 1],
    ['gmaill.com', 'gmail.com', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
