import { describe, expect, it } from 'vitest';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../../lib/invitation';

describe('buildMailto', () => {
  it('encodes spaces as %20 and line breaks as CRLF', () => {
    expect(
      buildMailto({ to: 'anna@fabrikam.com', subject: 'Hello there', body: 'Line one\nLine two' }),
    ).toEqual({
      ok: true,
      value: 'mailto:anna@fabrikam.com?subject=Hello%20there&body=Line%20one%0D%0ALine%20two',
    });
  });

  it('turns CRLF and lone CR into one CRLF each', () => {
    const r = buildMailto({ to: 'a@b.nl', subject: '', body: 'a\r\nb\rc' });
    expect(r.ok && r.value).toBe('mailto:a@b.nl?body=a%0D%0Ab%0D%0Ac');
  });

  it("encodes non-ASCII as UTF-8, and '&', '?', '=', '#' in the subject", () => {
    const r = buildMailto({ to: 'jürg@zürich.ch', subject: 'Zürich & Co? a=b #1', body: 'Grüße' });
    expect(r.ok && r.value).toBe(
      'mailto:j%C3%BCrg@z%C3%BCrich.ch?subject=Z%C3%BCrich%20%26%20Co%3F%20a%3Db%20%231&body=Gr%C3%BC%C3%9Fe',
    );
  });

  it('keeps the invitation link intact once decoded', () => {
    const link =
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation';
    const r = buildMailto({ to: 'a@b.nl', subject: 'S', body: `Open:\n${link}` });
    if (!r.ok) throw new Error(r.error.message);
    const body = new URLSearchParams(r.value.slice(r.value.indexOf('?') + 1)).get('body');
    expect(body).toBe(`Open:\r\n${link}`);
    expect(r.value).not.toContain('+');
  });

  it('lists several recipients separated by commas', () => {
    const r = buildMailto({ to: ' a@b.nl , c+d@e.nl ', subject: '', body: '' });
    expect(r.ok && r.value).toBe('mailto:a@b.nl,c%2Bd@e.nl');
  });

  it('refuses a URL over the limit and reports its length', () => {
    const body = 'x'.repeat(MAILTO_MAX_LENGTH);
    const r = buildMailto({ to: 'a@b.nl', subject: 'S', body });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const length = 'mailto:a@b.nl?subject=S&body='.length + MAILTO_MAX_LENGTH;
    expect(r.error).toMatchObject({ code: 'mailto-too-long', length, max: 2000 });
    expect(r.error.message).toContain(length.toLocaleString('en-US'));
    expect(r.error.message).toContain('2,000');
  });

  it('accepts a URL of exactly the limit', () => {
    const prefix = 'mailto:a@b.nl?body='.length;
    const r = buildMailto({
      to: 'a@b.nl',
      subject: '',
      body: 'x'.repeat(MAILTO_MAX_LENGTH - prefix),
    });
    expect(r.ok && r.value.length).toBe(MAILTO_MAX_LENGTH);
  });

  it('counts the encoded length, not the text length', () => {
    const r = buildMailto({ to: 'a@b.nl', subject: '', body: ' '.repeat(700) });
    expect(r.ok ? 'ok' : r.error.code).toBe('mailto-too-long');
  });
});
