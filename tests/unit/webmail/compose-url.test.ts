import { describe, expect, it } from 'vitest';
import { fitComposeUrl } from '../../../lib/handover';
import {
  COMPOSE_URL_MAX_LENGTH,
  gmailComposeUrl,
  outlookComposeUrl,
} from '../../../lib/webmail/compose-url';

const PREFILL = {
  to: 'it@contoso.com',
  subject: 'Uitnodiging: wederverkoper – Contoso',
  body: 'Hallo Jan,\r\n\nKlik op https://admin.microsoft.com/a?b=c&d=e#/x\nGroet, Zoë',
};

describe('prefilled compose URLs', () => {
  it.each([
    ['a space', 'a b', 'a%20b'],
    ['a line break', 'a\nb', 'a%0Ab'],
    ['a Windows line break', 'a\r\nb', 'a%0Ab'],
    ['non-ASCII', 'Zoë – €', 'Zo%C3%AB%20%E2%80%93%20%E2%82%AC'],
    ['URL syntax', 'x?y=1&z=#2+3', 'x%3Fy%3D1%26z%3D%232%2B3'],
  ])('encodes %s in the body', (_, body, encoded) => {
    expect(gmailComposeUrl({ to: '', subject: '', body })).toBe(
      `https://mail.google.com/mail/?view=cm&fs=1&body=${encoded}`,
    );
    expect(outlookComposeUrl({ to: '', subject: '', body })).toBe(
      `https://outlook.office.com/mail/deeplink/compose?body=${encoded}`,
    );
  });

  it.each([
    [{}, 'https://mail.google.com/mail/?view=cm&fs=1&to='],
    [{ account: 2 }, 'https://mail.google.com/mail/u/2/?view=cm&fs=1&to='],
  ])('builds Gmail’s compose URL (%o)', (options, start) => {
    const url = gmailComposeUrl(PREFILL, options);
    expect(url.startsWith(start)).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('to')).toBe('it@contoso.com');
    expect(params.get('su')).toBe(PREFILL.subject);
    expect(params.get('body')).toBe(PREFILL.body.replace('\r\n', '\n'));
    expect(url).not.toMatch(/[ +\n]/);
  });

  it.each([
    [undefined, 'https://outlook.office.com/mail/deeplink/compose?'],
    ['outlook.office365.com', 'https://outlook.office365.com/mail/deeplink/compose?'],
    ['outlook.cloud.microsoft', 'https://outlook.cloud.microsoft/mail/deeplink/compose?'],
    ['outlook.live.com', 'https://outlook.live.com/mail/0/deeplink/compose?'],
    ['evil.example', 'https://outlook.office.com/mail/deeplink/compose?'],
  ])('builds Outlook’s compose URL for host %s', (host, start) => {
    const url = outlookComposeUrl(PREFILL, host ? { host } : {});
    expect(url.startsWith(start)).toBe(true);
    const params = new URL(url).searchParams;
    expect([params.get('to'), params.get('subject'), params.get('body')]).toEqual([
      'it@contoso.com',
      PREFILL.subject,
      PREFILL.body.replace('\r\n', '\n'),
    ]);
  });

  it('leaves out empty fields', () => {
    expect(gmailComposeUrl({ to: 'it@contoso.com', subject: '', body: '' })).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=it%40contoso.com',
    );
  });

  it('drops the body rather than exceed the length limit', () => {
    const long = { ...PREFILL, body: 'x'.repeat(COMPOSE_URL_MAX_LENGTH) };
    const fitted = fitComposeUrl('outlook', long);
    expect(fitted.bodyIncluded).toBe(false);
    expect(fitted.url.length).toBeLessThanOrEqual(COMPOSE_URL_MAX_LENGTH);
    expect(new URL(fitted.url).searchParams.get('to')).toBe('it@contoso.com');
    expect(fitComposeUrl('gmail', PREFILL).bodyIncluded).toBe(true);
  });
});
