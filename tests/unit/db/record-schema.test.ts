// Every way in checks a record as the popup checks its input (lib/db/record-schema.ts):
// a backup, a batch, an upsert and a read-back all refuse what the popup would.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CustomerRecordSchema,
  closeDb,
  exportAll,
  InvitationRecordSchema,
  putAll,
  upsertCustomer,
} from '../../../lib/db';
import { describeIssues } from '../../../lib/schema/issues';
import { customerRecord, invitationRecord, putRaw, readAll } from './fixtures';

afterEach(closeDb);

const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const LINK = invitationRecord().link;

const why = (r: { success: boolean; error?: unknown }) =>
  r.success ? 'accepted' : describeIssues(r.error as never);

describe('an invitation record', () => {
  it.each([
    ['a javascript: link', 'javascript:alert(document.domain)'],
    ['a data: link', 'data:text/html,<script>alert(1)</script>'],
    ['another site', LINK.replace('admin.microsoft.com', 'admin.microsoft.com.evil.example')],
    ['a user name before the host', LINK.replace('https://', 'https://evil.example@')],
    ['a backslash', LINK.replace('.com/', '.com\\@evil.example/')],
    ['a port', LINK.replace('.com/', '.com:8443/')],
    ['a link as no browser writes it', LINK.replace('admin.microsoft.com', 'ADMIN.microsoft.com')],
    ['a Microsoft page that is no invitation', 'https://admin.microsoft.com/'],
  ])('refuses %s as its link', (_what, link) => {
    expect(why(InvitationRecordSchema.safeParse(invitationRecord({ link })))).toMatch(
      /^the field "link" is not/,
    );
  });

  it.each([
    ['a javascript: GDAP link', 'javascript:alert(1)'],
    ['a GDAP link with a query', GDAP.replace('/Home#', '/Home?x=1#')],
    ['a GDAP link with a user name', GDAP.replace('https://', 'https://x@')],
  ])('refuses %s', (_what, gdapLink) => {
    expect(why(InvitationRecordSchema.safeParse(invitationRecord({ gdapLink })))).toMatch(
      /^the field "gdapLink" is not/,
    );
  });

  it('accepts the links the popup makes', () => {
    expect(why(InvitationRecordSchema.safeParse(invitationRecord({ gdapLink: GDAP })))).toBe(
      'accepted',
    );
  });
});

describe('a customer record', () => {
  it.each([
    ['header fields after the address', 'it@contoso.com?bcc=x%40evil.example&body=hi'],
    ['a "?" before the @', 'it?bcc=x@contoso.com'],
    ['two addresses', 'it@contoso.com,ceo@contoso.com'],
    ['a line break', 'it@contoso.com\r\nBcc: x@evil.example'],
    ['upper case (the index keeps lower case)', 'IT@contoso.com'],
  ])('refuses %s as its e-mail address', (_what, contactEmail) => {
    expect(why(CustomerRecordSchema.safeParse(customerRecord({ contactEmail })))).toBe(
      'the field "contactEmail" is not one e-mail address as the popup accepts it',
    );
  });

  it('keeps a typo the partner chose to keep, as the popup does', () => {
    const r = CustomerRecordSchema.safeParse(customerRecord({ contactEmail: 'anna@gmial.com' }));
    expect(why(r)).toBe('accepted');
  });

  it('refuses a domain that is not one', () => {
    const r = CustomerRecordSchema.safeParse(customerRecord({ domain: 'contoso.com/<b>' }));
    expect(why(r)).toBe('the field "domain" is not a domain name such as contoso.com');
  });
});

describe('every way in uses it', () => {
  it('a batch (import) is refused whole and writes nothing', async () => {
    const r = await putAll({
      customers: [customerRecord()],
      invitations: [invitationRecord({ link: 'javascript:alert(1)' })],
    });
    expect(!r.ok && r.error.message).toMatch(/invitation 1 \(id i1\): the field "link" is not/);
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });

  it('an upsert (the popup’s Done, a notes edit) is refused', async () => {
    const r = await upsertCustomer({ name: 'Contoso', contactEmail: 'it@contoso.com?bcc=x' });
    expect(!r.ok && r.error.code).toBe('invalid-input');
    expect(await readAll()).toEqual({ customers: [], invitations: [] });
  });

  it('a record read back that fails is reported, not used', async () => {
    await putRaw('customers', customerRecord());
    await putRaw('invitations', invitationRecord({ link: 'javascript:alert(1)' }));
    const all = await exportAll();
    expect(all.ok && all.value.invitations).toEqual([]);
    expect(all.ok && all.value.invalid.map((i) => i.key)).toEqual(['i1']);
  });
});
