// A link passes only in the shapes Partner Center makes (docs/DOMAIN.md), and what
// is kept is the URL parser's serialisation: the host check alone let
// "https://admin.microsoft.com\@evil.example/…" through as raw text.
import { describe, expect, it } from 'vitest';
import { checkInvitationUrl, parseGdapLink, parseInvitationLink } from '../../../lib/invitation';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const QUERY = `invType=ResellerRelationship&partnerId=${TENANT}&msppId=0`;
const DOCUMENTED = `https://admin.microsoft.com/Adminportal/Home?${QUERY}&DAP=true#/BillingAccounts/partner-invitation`;
const GDAP_ID = `${TENANT}-a1b2c3d4-e5f6-4789-abcd-ef0123456789`;
const GDAP = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GDAP_ID}`;

describe('links seen in real use (docs/DOMAIN.md, UNCONFIRMED) are recognised and named', () => {
  it.each([
    [
      'no DAP field',
      `https://admin.microsoft.com/Adminportal/Home?${QUERY}#/BillingAccounts/partner-invitation`,
      ['no-dap-field'],
    ],
    [
      'the #/partners/invitation fragment',
      `https://admin.microsoft.com/Adminportal/Home?${QUERY}&DAP=false#/partners/invitation`,
      ['partners-invitation-fragment'],
    ],
    [
      'Microsoft Store for Business',
      `https://businessstore.microsoft.com/manage/partner-invitation?${QUERY}`,
      ['business-store', 'no-dap-field'],
    ],
  ])('%s', (_name, link, forms) => {
    const r = parseInvitationLink(link);
    expect(r.ok && r.value).toMatchObject({
      variant: 'direct-current',
      tenantId: TENANT,
      seenForms: forms,
      url: link,
    });
  });

  it('the documented form has none', () => {
    const r = parseInvitationLink(DOCUMENTED);
    expect(r.ok && r.value.seenForms).toEqual([]);
  });

  it.each([
    [
      'a field of its own',
      `https://businessstore.microsoft.com/manage/partner-invitation?${QUERY}&x=1`,
      'unknown-field',
    ],
    [
      'a fragment',
      `https://businessstore.microsoft.com/manage/partner-invitation?${QUERY}#/x`,
      'unknown-fragment',
    ],
    [
      'another path',
      `https://businessstore.microsoft.com/manage/partner-invitations?${QUERY}`,
      'unknown-link-type',
    ],
    [
      'a bad tenant ID',
      `https://businessstore.microsoft.com/manage/partner-invitation?${QUERY.replace(TENANT, 'x')}`,
      'tenant-id-malformed',
    ],
  ])('a Microsoft Store link with %s is refused like any other', (_name, link, code) => {
    const r = parseInvitationLink(link);
    expect(!r.ok && r.error.code).toBe(code);
  });
});

describe('a pasted invitation link is refused when it hides something', () => {
  it.each([
    [
      'a backslash before "@"',
      DOCUMENTED.replace('.com/', '.com\\@evil.example/'),
      'has-backslash',
    ],
    ['a user name', DOCUMENTED.replace('https://', 'https://partner@'), 'has-credentials'],
    ['a user name and password', DOCUMENTED.replace('https://', 'https://a:b@'), 'has-credentials'],
    ['a port', DOCUMENTED.replace('.com/', '.com:8443/'), 'has-port'],
    [
      '"@" in the path',
      DOCUMENTED.replace('/Adminportal/', '/@evil.example/Adminportal/'),
      'unknown-link-type',
    ],
    ['a trailing path', DOCUMENTED.replace('/Home?', '/Home/x?'), 'unknown-link-type'],
    [
      'an unknown field',
      DOCUMENTED.replace('&DAP', '&redirect=https%3A%2F%2Fevil.example&DAP'),
      'unknown-field',
    ],
    ['a field twice', DOCUMENTED.replace('&DAP=true', '&DAP=true&DAP=false'), 'repeated-field'],
    ['text after a value', DOCUMENTED.replace('DAP=true', 'DAP=true%0D%0ABcc:x'), 'dap-malformed'],
    [
      'a tenant ID with markup',
      DOCUMENTED.replace(TENANT, `${TENANT}"><b>`),
      'tenant-id-malformed',
    ],
    [
      'an unknown fragment',
      DOCUMENTED.replace('#/BillingAccounts/partner-invitation', '#/x'),
      'unknown-fragment',
    ],
    [
      'another admin page',
      'https://admin.microsoft.com/Adminportal/Home#/homepage',
      'unknown-link-type',
    ],
    ['javascript:', 'javascript:alert(1)//admin.microsoft.com', 'not-a-url'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'not-a-url'],
  ])('%s', (_name, link, code) => {
    const r = parseInvitationLink(link);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message).toMatch(/^[A-Z"].{20,}/);
  });

  it('the checks also stop a link the content script or a draft is handed', () => {
    expect(checkInvitationUrl(DOCUMENTED.replace('https://', 'https://x@')).ok).toBe(false);
    expect(checkInvitationUrl(DOCUMENTED.replace('.com/', '.com:444/')).ok).toBe(false);
    expect(checkInvitationUrl(DOCUMENTED).ok).toBe(true);
  });
});

describe('a GDAP link is exactly the documented shape', () => {
  it('and is kept as the parser serialises it', () => {
    const r = parseGdapLink(GDAP.replace('admin.microsoft.com', 'ADMIN.microsoft.com:443'));
    expect(r.ok && r.value.url).toBe(GDAP);
  });

  it.each([
    ['a user name', GDAP.replace('https://', 'https://evil.example@'), 'gdap-has-credentials'],
    ['a port', GDAP.replace('.com/', '.com:8080/'), 'gdap-has-port'],
    ['a backslash', GDAP.replace('.com/', '.com\\@evil.example/'), 'gdap-has-backslash'],
    [
      'a query',
      GDAP.replace('/Home#', '/Home?next=https://evil.example#'),
      'gdap-not-a-relationship-link',
    ],
    ['text after the id', `${GDAP}/../../evil`, 'gdap-id-malformed'],
    ['markup after the id', `${GDAP}"><img src=x>`, 'gdap-id-malformed'],
  ])('refuses %s', (_name, link, code) => {
    const r = parseGdapLink(link);
    expect(!r.ok && r.error.code).toBe(code);
  });
});
