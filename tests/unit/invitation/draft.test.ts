import { describe, expect, it } from 'vitest';
import { type DraftInput, escapeHtml, renderDraft, signerOf } from '../../../lib/invitation';
import { DRAFT_PURPOSES, EMAIL_LANGUAGES } from '../../../lib/schema';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
const LINK_IN_HTML =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&amp;partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&amp;msppId=0&amp;DAP=false#/BillingAccounts/partner-invitation';
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';

const BASE: DraftInput = {
  language: 'en',
  purpose: 'new-relationship',
  cloud: 'public',
  customerName: 'Fabrikam',
  contactName: 'Anna de Vries',
  partnerName: 'Contoso IT',
  senderName: 'Jan Jansen',
  link: LINK,
};

function draft(input: Partial<DraftInput>) {
  const r = renderDraft({ ...BASE, ...input });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const CASES = EMAIL_LANGUAGES.flatMap((language) =>
  DRAFT_PURPOSES.map((purpose) => [language, purpose] as const),
);

describe('renderDraft in every language and purpose', () => {
  it.each(CASES)('%s %s: link, names, guidance, portal', (language, purpose) => {
    const d = draft({ language, purpose });
    expect(d.text).toContain(LINK);
    expect(d.html).toContain(`<a href="${LINK_IN_HTML}">${LINK_IN_HTML}</a>`);
    expect(d.subject).toContain('Contoso IT');
    expect(d.text).toContain('Fabrikam');
    expect(d.text).toContain('Anna de Vries');
    expect(d.text).toContain(language === 'en' ? 'Global Administrator' : 'globale beheerder');
    expect(d.text).toContain(
      language === 'en' ? 'Microsoft Customer Agreement' : 'Microsoft-klantovereenkomst',
    );
    expect(d.text).toContain(
      language === 'en' ? 'Microsoft 365 admin center' : 'Microsoft 365-beheercentrum',
    );
    expect(d.text).not.toMatch(/\{|\}/);
    expect(d.text).not.toMatch(/\n{3,}/);
  });

  it.each(CASES)('%s %s: the GDAP paragraph appears only with a GDAP link', (language, purpose) => {
    const without = draft({ language, purpose });
    const withGdap = draft({ language, purpose, gdapLink: GDAP });
    expect(without.text).not.toContain('GDAP');
    expect(without.html).not.toContain('GDAP');
    expect(withGdap.text).toContain('(GDAP)');
    expect(withGdap.text).toContain(GDAP);
    expect(withGdap.html).toContain(`<a href="${GDAP}">${GDAP}</a>`);
  });

  it.each(CASES)('%s %s: a greeting without a contact name', (language, purpose) => {
    const d = draft({ language, purpose, contactName: '' });
    expect(d.text.split('\n')[0]).toBe(
      language === 'en' ? 'Dear Sir or Madam,' : 'Geachte heer, mevrouw,',
    );
  });

  it.each(CASES)('%s %s: the purpose shows in the text', (language, purpose) => {
    const marker = {
      en: {
        'new-relationship': 'would like to become',
        'additional-partner': 'additional',
        'restore-admin': 'restore',
        reminder: 'here is the same link again',
      },
      nl: {
        'new-relationship': 'wil graag de',
        'additional-partner': 'extra',
        'restore-admin': 'herstellen',
        reminder: 'dezelfde link nogmaals',
      },
    }[language][purpose];
    expect(draft({ language, purpose }).text).toContain(marker);
  });
});

describe('renderDraft details', () => {
  it('names where the customer accepts per cloud', () => {
    expect(draft({ cloud: 'germany' }).text).toContain('the Microsoft Office admin portal');
    expect(draft({ cloud: 'china', language: 'nl' }).text).toContain('beheerd door 21Vianet');
  });

  it('signs with the signature, or with sender and partner name', () => {
    expect(draft({}).text.endsWith('Kind regards,\nJan Jansen\nContoso IT')).toBe(true);
    expect(
      draft({ signature: 'Jan\nSales, Contoso' }).text.endsWith(
        'Kind regards,\nJan\nSales, Contoso',
      ),
    ).toBe(true);
    expect(draft({ signature: 'Jan\nSales' }).html).toContain(
      '<p>Kind regards,<br>\nJan<br>\nSales</p>',
    );
  });

  it('keeps the subject on one line', () => {
    expect(draft({ partnerName: 'Contoso\nIT' }).subject).toBe(
      'Please authorize Contoso IT as your Microsoft partner',
    );
  });

  it("uses the partner's own template", () => {
    const d = draft({
      templates: { 'en/new-relationship': { subject: 'Hi {customerName}', body: 'Go: {link}' } },
    });
    expect(d).toEqual({
      subject: 'Hi Fabrikam',
      text: `Go: ${LINK}`,
      html: `<p>Go: <a href="${LINK_IN_HTML}">${LINK_IN_HTML}</a></p>`,
      // The built-in sign-off, which this text does not end with (sign-off.ts keeps it whole).
      closing: 'Kind regards,\nJan Jansen\nContoso IT',
    });
  });

  it('gives the sign-off the text ends with apart, in the e-mail language', () => {
    expect(draft({}).closing).toBe('Kind regards,\nJan Jansen\nContoso IT');
    const nl = draft({ language: 'nl', signature: 'Jan\nContoso' });
    expect(nl.closing).toBe('Met vriendelijke groet,\nJan\nContoso');
    expect(nl.text.endsWith(`\n\n${nl.closing}`)).toBe(true);
  });

  it('dates a reminder by the invitation it follows up, in the e-mail language', () => {
    const sentAt = new Date(2026, 2, 3, 12).getTime();
    expect(draft({ purpose: 'reminder', sentAt }).text).toContain('On 3 March 2026 we sent you');
    expect(draft({ purpose: 'reminder', sentAt, language: 'nl' }).text).toContain(
      'Op 3 maart 2026 hebben wij u een uitnodiging gestuurd',
    );
    expect(draft({ purpose: 'reminder' }).text).toContain('We recently sent you an invitation');
    expect(draft({ purpose: 'reminder' }).subject).toBe(
      'Reminder: please authorize Contoso IT as your Microsoft partner',
    );
  });

  it.each([
    ['host-not-microsoft', { link: 'https://evil.example/invite' }],
    ['not-https', { link: LINK.replace('https:', 'http:') }],
    ['not-a-url', { link: '' }],
    ['gdap-host-not-microsoft', { gdapLink: 'https://evil.example/#/x' }],
    ['gdap-id-malformed', { gdapLink: GDAP.slice(0, -5) }],
    ['customer-name-missing', { customerName: '  ' }],
    [
      'template-missing-link',
      { templates: { 'en/new-relationship': { subject: 'S', body: 'B' } } },
    ],
  ])('refuses: %s', (code, input) => {
    const r = renderDraft({ ...BASE, ...input });
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});

describe('customer text never becomes markup', () => {
  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "Fab' onmouseover='x",
    'Tom & Jerry <b>BV</b>',
  ])('%s', (hostile) => {
    const d = draft({
      customerName: hostile,
      contactName: hostile,
      partnerName: hostile,
      signature: hostile,
    });
    expect(d.text).toContain(hostile);
    expect(d.html).toContain(escapeHtml(hostile));
    expect(d.html).not.toContain(hostile.replace(/^[^<"']*/, ''));
    expect(d.html).not.toMatch(/<(script|img|b)\b/i);
    // The only tags are the ones the renderer makes.
    const tags = d.html.match(/<\/?[a-z]+/gi) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<p', '</p', '<br', '<a', '</a']));
  });

  it('escapes each character exactly once', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
    expect(draft({ customerName: 'A & B' }).html).toContain('A &amp; B');
    expect(draft({ customerName: 'A & B' }).html).not.toContain('&amp;amp;');
  });
});

describe('signerOf', () => {
  it('takes who signs from the profile, and its signature only when there is one', () => {
    const profile = { partnerName: 'Fabrikam', senderName: 'Anna', signature: '' };
    expect(signerOf(profile)).toStrictEqual({ partnerName: 'Fabrikam', senderName: 'Anna' });
    expect(signerOf({ ...profile, signature: 'Anna\nFabrikam' })).toStrictEqual({
      partnerName: 'Fabrikam',
      senderName: 'Anna',
      signature: 'Anna\nFabrikam',
    });
  });
});
