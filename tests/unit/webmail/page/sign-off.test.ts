// @vitest-environment happy-dom
/** One sign-off per e-mail: the payload's `closing` goes in only where the compose has no signature. */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../../lib/webmail/page/gmail';
import { contentOf } from '../../../../lib/webmail/page/insert';
import { outlookAdapter } from '../../../../lib/webmail/page/outlook';
import { fixtureCompose, harness, LINK, PAYLOAD } from './harness';

const TEXT = `Hello Jan,\n\nPlease accept us as your Microsoft reseller:\n${LINK}`;
const CLOSING = 'Kind regards,\nPat Partner\nFabrikam IT';
const SPLIT = { text: TEXT, closing: CLOSING };

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the sign-off on the page', () => {
  it('Gmail with a signature: the text goes in without the sign-off, above the signature', async () => {
    const h = harness(gmailAdapter, 'gmail-signature.html');
    const body = gmailAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    expect(await h.insert(SPLIT)).toMatchObject({ ok: true });
    expect(body.textContent).toContain(LINK);
    expect(body.textContent).not.toContain('Kind regards');
    expect(body.textContent).toContain('Anna de Vries');
  });

  it('Gmail without a signature: the sign-off closes the text', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const body = gmailAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    expect(await h.insert(SPLIT)).toMatchObject({ ok: true });
    expect(count(body.textContent ?? '', 'Kind regards,')).toBe(1);
    expect((body.textContent ?? '').indexOf(LINK)).toBeLessThan(
      (body.textContent ?? '').indexOf('Pat Partner'),
    );
  });

  it('Outlook with a signature leaves the sign-off out; an empty signature block does not count', async () => {
    let h = harness(outlookAdapter, 'outlook-compose.html');
    let body = outlookAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    expect(await h.insert(SPLIT)).toMatchObject({ ok: true });
    expect(body.textContent).not.toContain('Kind regards');

    h = harness(outlookAdapter, 'outlook-compose.html');
    body = outlookAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    body.querySelector('#Signature')!.replaceChildren();
    expect(await h.insert(SPLIT)).toMatchObject({ ok: true });
    expect(count(body.textContent ?? '', 'Kind regards,')).toBe(1);
  });

  it('a right-clicked field outside any compose gets the sign-off', async () => {
    const h = harness(gmailAdapter, 'gmail-signature.html');
    const field = h.doc.createElement('textarea');
    h.doc.body.append(field);
    field.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(await h.insert({ ...SPLIT, atContextTarget: true })).toMatchObject({ ok: true });
    expect(field.value).toBe(`${TEXT}\n\n${CLOSING}`);
  });

  it('contentOf: a payload without a closing is inserted as it is, signature or not', async () => {
    const h = harness(gmailAdapter, 'gmail-signature.html');
    const body = gmailAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    expect(contentOf(PAYLOAD, body, gmailAdapter.signature).text).toBe(PAYLOAD.text);
    expect(contentOf(SPLIT_PAYLOAD, body, gmailAdapter.signature).text).toBe(TEXT);
    expect(contentOf(SPLIT_PAYLOAD, body, []).text).toBe(`${TEXT}\n\n${CLOSING}`);
    expect(contentOf(SPLIT_PAYLOAD).text).toBe(`${TEXT}\n\n${CLOSING}`);
  });
});

const SPLIT_PAYLOAD = { ...PAYLOAD, ...SPLIT };
