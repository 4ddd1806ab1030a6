import { describe, expect, it } from 'vitest';
import { insertPayloadFor, renderDraft, splitClosing } from '../../../lib/invitation';
import { DRAFT_PURPOSES, EMAIL_LANGUAGES } from '../../../lib/schema';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
const CLOSING = 'Kind regards,\nJan Jansen\nContoso IT';

describe('splitClosing', () => {
  it('takes the sign-off and the blank lines before it off the end', () => {
    expect(splitClosing(`Hello.\n\nClick ${LINK}\n\n${CLOSING}\n`, CLOSING)).toEqual({
      text: `Hello.\n\nClick ${LINK}`,
      closing: CLOSING,
    });
  });

  it.each(EMAIL_LANGUAGES.flatMap((l) => DRAFT_PURPOSES.map((p) => [l, p] as const)))(
    'splits every built-in e-mail (%s %s) into text and sign-off that join back whole',
    (language, purpose) => {
      const r = renderDraft({
        language,
        purpose,
        cloud: 'public',
        customerName: 'Fabrikam',
        partnerName: 'Contoso IT',
        senderName: 'Jan Jansen',
        link: LINK,
      });
      if (!r.ok) throw new Error(r.error.message);
      const split = splitClosing(r.value.text, r.value.closing);
      expect(split.closing).toBe(r.value.closing);
      expect(split.text).toContain(LINK);
      expect(split.text).not.toContain(language === 'en' ? 'Kind regards' : 'Met vriendelijke');
      expect(`${split.text}\n\n${split.closing}`).toBe(r.value.text);
    },
  );

  it.each([
    ['edited after the sign-off', `Click ${LINK}\n\n${CLOSING}\n\nPS: call me.`],
    ['a sign-off of its own', `Click ${LINK}\n\nCheers,\nJan`],
    ['the sign-off words inside a line', `Click ${LINK} and Kind regards,\nJan Jansen\nContoso IT`],
    ['nothing but the sign-off', CLOSING],
  ])(
    'keeps a message whole when it does not end with the sign-off on its own lines: %s',
    (_, text) => {
      expect(splitClosing(text, CLOSING)).toEqual({ text });
    },
  );

  it('keeps the message whole when there is no sign-off to look for', () => {
    expect(splitClosing('Hello', '')).toEqual({ text: 'Hello' });
  });
});

describe('insertPayloadFor', () => {
  const draft = {
    to: 'it@contoso.com',
    subject: 'Reseller relationship',
    message: `Dear Anna,\n\nPlease accept: ${LINK}\n\n${CLOSING}`,
    closing: CLOSING,
    link: LINK,
  };

  it('sends the sign-off apart from the message, and a GDAP link only when there is one', () => {
    expect(insertPayloadFor(draft)).toEqual({
      to: 'it@contoso.com',
      subject: 'Reseller relationship',
      text: `Dear Anna,\n\nPlease accept: ${LINK}`,
      closing: CLOSING,
      link: LINK,
    });
    expect(insertPayloadFor({ ...draft, gdapLink: 'https://example.test/gdap' }).gdapLink).toBe(
      'https://example.test/gdap',
    );
  });

  it('keeps the message whole without a known sign-off (a draft saved by an earlier version)', () => {
    const payload = insertPayloadFor({ ...draft, closing: undefined });
    expect(payload.text).toBe(draft.message);
    expect(payload).not.toHaveProperty('closing');
  });
});
