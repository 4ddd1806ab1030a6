// A CSV row is checked as the popup checks a form (lib/transfer/customer-row.ts):
// the same address and domain rules, the UI's lengths, no invisible controls.
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb } from '../../../lib/db';
import { previewCustomerCsv } from '../../../lib/transfer';
import { value } from './records';

afterEach(closeDb);

async function rowOf(header: string, cells: string) {
  const p = value(await previewCustomerCsv(`${header}\n${cells}\n`));
  return p.rows[0]!;
}

describe('a customer CSV row', () => {
  it.each([
    ['Name,Email', 'Contoso,it@contoso.com?bcc=x%40evil.example&body=hi', 'invalid-email'],
    ['Name,Email', 'Contoso,it?bcc=x@contoso.com', 'invalid-email'],
    ['Name,Email', 'Contoso,"it@contoso.com,ceo@contoso.com"', 'invalid-email'],
    ['Name,Domain', 'Contoso,contoso..com<b>', 'invalid-domain'],
    ['Name,Contact name', `Contoso,${'x'.repeat(301)}`, 'too-long'],
    ['Name,Notes', `Contoso,${'x'.repeat(20_001)}`, 'too-long'],
    ['Name', `${'x'.repeat(301)}`, 'too-long'],
    ['Name', 'Contoso \u202egnp.exe\u202c BV', 'invisible-character'],
    ['Name,Contact name', 'Contoso,"Anna\nBcc: x"', 'invisible-character'],
    ['Name,Country', 'Contoso,Netherlands', 'invalid-country'],
  ])('%s: %s is an error of that row', async (header, cells, code) => {
    const row = await rowOf(header, cells);
    expect(row.status).toBe('error');
    expect(row.errors.map((e) => e.code)).toEqual([code]);
    expect(row.errors[0]?.message).toMatch(/^Row 2: /);
  });

  it('keeps line breaks in notes, which are free text', async () => {
    const row = await rowOf('Name,Notes', 'Contoso,"line 1\nline 2"');
    expect(row.status).toBe('new');
  });

  it('upper-cases a country code, as the popup stores it', async () => {
    const row = await rowOf('Name,Country', 'Contoso,nl');
    expect(row.customer.country).toBe('NL');
  });

  it('imports a look-alike domain but says so', async () => {
    const row = await rowOf('Name,Email', 'Microsoft,it@micr\u043esoft.com');
    expect(row.status).toBe('new');
    expect(row.warnings).toEqual([
      {
        code: 'domain-mixed-scripts',
        message: expect.stringMatching(
          /^Row 2: The mail domain micr.soft\.com mixes Latin and Cyrillic/,
        ),
      },
    ]);
  });
});
