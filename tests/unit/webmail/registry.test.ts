// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { webmailForUrl } from '../../../lib/webmail/hosts';
import { adapterFor } from '../../../lib/webmail/registry';

describe('webmail registry', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/', 'outlook'],
    ['http://mail.google.com/', undefined],
    ['https://mail.google.com.evil.example/', undefined],
    ['https://partner.microsoft.com/', undefined],
    ['not a url', undefined],
  ])('%s is %s', (url, site) => {
    expect(webmailForUrl(url)).toBe(site);
    // Content scripts only run on https pages: the registry goes by host alone.
    if (url.startsWith('https:')) {
      expect(adapterFor({ hostname: new URL(url).hostname }, document)?.site).toBe(site);
    }
  });

  it('recognises Outlook on a custom domain by its fingerprint', () => {
    const meta = document.createElement('meta');
    meta.setAttribute('content', '/owamail/20250301001.12/browserconfig.xml');
    document.head.append(meta);
    expect(adapterFor({ hostname: 'mail.contoso.com' }, document)?.site).toBe('outlook');
    meta.remove();
    expect(adapterFor({ hostname: 'mail.contoso.com' }, document)).toBeUndefined();
  });
});
