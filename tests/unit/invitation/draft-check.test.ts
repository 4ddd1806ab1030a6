import { describe, expect, it } from 'vitest';
import { checkDraftKeepsLink, restoreLink } from '../../../lib/invitation';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';
const OLD_LINK =
  'https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=3f2504e0-4f89-41d3-9a0c-0305e82c3301&csp=1&msppid=0';

const draft = (middle: string) => `Dear Anna,\n\nPlease accept:\n\n${middle}\n\nKind regards,\nJan`;

describe('checkDraftKeepsLink: fine', () => {
  it.each([
    ['unchanged', draft(LINK)],
    ['moved to the end', `Dear Anna,\n\nKind regards,\nJan\n\n${LINK}`],
    ['followed by a full stop', `Open ${LINK}.`],
    ['in angle brackets', `Open <${LINK}> please`],
    ['in parentheses', `Open the link (${LINK}) please`],
    ['with the GDAP link beside it', draft(`${LINK}\n\n${GDAP}`)],
    [
      'beside a plain mention of the admin center',
      draft(`${LINK}\n\nSee https://admin.microsoft.com for more.`),
    ],
    ['with other web addresses', draft(`${LINK}\n\nhttps://contoso.com/support`)],
  ])('%s', (_name, text) => {
    expect(checkDraftKeepsLink(text, LINK)).toEqual({ ok: true });
  });
});

describe('checkDraftKeepsLink: removed', () => {
  it.each([
    ['deleted', draft('(link removed)')],
    ['empty text', ''],
    ['only an unrelated link', draft('https://contoso.com/')],
  ])('%s', (_name, text) => {
    const r = checkDraftKeepsLink(text, LINK);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('link-removed');
    expect(r.message).toMatch(/link/);
    expect(r.found).toBeUndefined();
  });
});

describe('checkDraftKeepsLink: altered', () => {
  const truncated = LINK.slice(0, 90);
  it.each([
    [
      'a field changed',
      LINK.replace('DAP=false', 'DAP=true'),
      LINK.replace('DAP=false', 'DAP=true'),
    ],
    ['a field removed', LINK.replace('&msppId=0', ''), LINK.replace('&msppId=0', '')],
    [
      'a character changed in the GUID',
      LINK.replace('3f2504e0', '3f2504e1'),
      LINK.replace('3f2504e0', '3f2504e1'),
    ],
    ['truncated', truncated, truncated],
    ['its fragment cut off', LINK.split('#')[0] ?? '', LINK.split('#')[0] ?? ''],
    ['lengthened', `${LINK}/extra`, `${LINK}/extra`],
    ['its https:// removed', LINK.slice('https://'.length), LINK.slice('https://'.length)],
    ['an old-format link instead', OLD_LINK, OLD_LINK],
  ])('%s', (_name, middle, found) => {
    const r = checkDraftKeepsLink(draft(middle), LINK);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('link-altered');
    expect(r.found).toBe(found);
  });

  it('says a truncated link was cut short', () => {
    const r = checkDraftKeepsLink(draft(truncated), LINK);
    expect(!r.ok && r.message).toContain('cut short');
  });

  it('finds a link split over two lines', () => {
    const split = `${LINK.slice(0, 70)}\n${LINK.slice(70)}`;
    const r = checkDraftKeepsLink(draft(split), LINK);
    expect(!r.ok && r.code).toBe('link-altered');
    expect(!r.ok && r.found).toBe(split);
    expect(!r.ok && r.message).toContain('two lines');
  });

  it('reports a changed copy even when the right link is also there', () => {
    const r = checkDraftKeepsLink(draft(`${LINK}\n\n${truncated}`), LINK);
    expect(!r.ok && r.code).toBe('link-altered');
    expect(!r.ok && r.found).toBe(truncated);
  });

  it('accepts other links it is told about', () => {
    const other = 'https://admin.microsoft.com/Adminportal/Home?ref=contoso';
    expect(checkDraftKeepsLink(draft(`${LINK} ${other}`), LINK).ok).toBe(false);
    expect(checkDraftKeepsLink(draft(`${LINK} ${other}`), LINK, { otherLinks: [other] })).toEqual({
      ok: true,
    });
  });
});

describe('restoreLink', () => {
  it('replaces an altered link in place, keeping the punctuation around it', () => {
    const altered = LINK.replace('DAP=false', 'DAP=true');
    expect(restoreLink(`Open (${altered}).`, LINK)).toBe(`Open (${LINK}).`);
  });

  it('replaces a truncated and a split link', () => {
    expect(restoreLink(draft(LINK.slice(0, 80)), LINK)).toBe(draft(LINK));
    expect(restoreLink(draft(`${LINK.slice(0, 70)}\n${LINK.slice(70)}`), LINK)).toBe(draft(LINK));
  });

  it('appends a removed link at the end', () => {
    expect(restoreLink('Dear Anna,\n\nKind regards\n\n', LINK)).toBe(
      `Dear Anna,\n\nKind regards\n\n${LINK}`,
    );
    expect(restoreLink('', LINK)).toBe(LINK);
  });

  it('leaves a text that keeps the link (anywhere) untouched', () => {
    const text = `Kind regards\n\n${LINK}\n\n${GDAP}`;
    expect(restoreLink(text, LINK)).toBe(text);
  });

  it('makes the check pass', () => {
    for (const middle of ['gone', LINK.slice(0, 60), OLD_LINK, LINK.replace('msppId', 'mspId')]) {
      expect(checkDraftKeepsLink(restoreLink(draft(middle), LINK), LINK)).toEqual({ ok: true });
    }
  });
});
