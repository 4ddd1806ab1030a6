import { describe, expect, it } from 'vitest';
import { parseGdapLink } from '../../../lib/invitation';

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';
const LINK = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${ID}`;

describe('parseGdapLink', () => {
  it('reads the relationship ID, two GUIDs joined by a hyphen', () => {
    expect(parseGdapLink(LINK)).toEqual({ ok: true, value: { relationshipId: ID, url: LINK } });
  });

  it.each([
    ['Adminportal', LINK.replace('AdminPortal', 'Adminportal')],
    ['adminportal/home', LINK.replace('AdminPortal/Home', 'adminportal/home')],
    ['surrounding space', `  ${LINK}\n`],
  ])('accepts %s', (_name, text) => {
    const r = parseGdapLink(text);
    expect(r.ok && r.value.relationshipId).toBe(ID);
  });

  it.each([
    ['gdap-not-a-url', 'see the admin center', ''],
    ['gdap-not-https', LINK.replace('https:', 'http:'), 'http:'],
    [
      'gdap-host-not-microsoft',
      LINK.replace('admin.microsoft.com', 'admin.example.com'),
      'admin.example.com',
    ],
    ['gdap-not-a-relationship-link', 'https://admin.microsoft.com/AdminPortal/Home#/homepage', ''],
    ['gdap-not-a-relationship-link', LINK.replace('/AdminPortal/Home', '/Other/Home'), ''],
    ['gdap-id-malformed', LINK.replace(ID, ''), ''],
    ['gdap-id-malformed', LINK.replace(ID, ID.slice(0, 50)), ID.slice(0, 50)],
    ['gdap-id-malformed', LINK.replace(ID, '3f2504e0-4f89-41d3-9a0c-0305e82c3301'), '3f2504e0'],
  ])('%s: %s', (code, text, named) => {
    const r = parseGdapLink(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toContain(named);
  });
});
