import { describe, expect, it } from 'vitest';
import { parseGdapLink } from '../../../lib/invitation/parse-gdap';
import {
  checkGdapInput,
  createGdapRequest,
  DEFAULT_GDAP_ROLES,
  GLOBAL_ADMINISTRATOR,
  gdapCountdown,
  readGdapStatus,
  relationshipIdOf,
} from '../../../lib/microsoft';
import { relationshipBody } from '../../contract/samples';
import { clientWith, json } from './fake-http';

const DAY = 86_400_000;
const ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
const INPUT = {
  displayName: 'Contoso support',
  durationDays: 730,
  roleIds: DEFAULT_GDAP_ROLES.map((r) => r.id),
  autoExtend: true,
  customerTenantId: '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586',
  customerName: 'Contoso',
};

describe('checkGdapInput', () => {
  it('holds the name to 1–50 characters, the duration to 1–730 days, and at least one role', () => {
    expect(checkGdapInput(INPUT)).toBeUndefined();
    expect(checkGdapInput({ ...INPUT, displayName: ' ' })).toMatch(/name/);
    expect(checkGdapInput({ ...INPUT, displayName: 'x'.repeat(51) })).toMatch(
      /51 characters; at most 50/,
    );
    expect(checkGdapInput({ ...INPUT, displayName: 'x'.repeat(50) })).toBeUndefined();
    for (const d of [0, 731, 1.5, Number.NaN])
      expect(checkGdapInput({ ...INPUT, durationDays: d })).toMatch(/1 to 730/);
    expect(checkGdapInput({ ...INPUT, durationDays: 1 })).toBeUndefined();
    expect(checkGdapInput({ ...INPUT, roleIds: [] })).toMatch(/at least one role/);
  });

  it('never auto-extends Global Administrator', () => {
    const withAdmin = { ...INPUT, roleIds: [...INPUT.roleIds, GLOBAL_ADMINISTRATOR.id] };
    expect(checkGdapInput(withAdmin)).toMatch(
      /Auto-extend cannot be used with Global Administrator/,
    );
    expect(checkGdapInput({ ...withAdmin, autoExtend: false })).toBeUndefined();
  });
});

describe('createGdapRequest', () => {
  const created = (body: { displayName: string }) =>
    json(
      relationshipBody(
        ID,
        { ...body, duration: 'P730D', autoExtendDuration: 'P180D', roleIds: [] },
        'created',
        {
          created: '2026-03-01T10:00:00Z',
        },
      ),
      201,
    );

  it('creates the relationship, locks it for approval, and returns the approval link', async () => {
    const s = clientWith((call) =>
      call.url.endsWith('/requests')
        ? json({ action: 'lockForApproval', status: 'created' }, 201)
        : created(call.body as { displayName: string }),
    );
    const r = await createGdapRequest(s.client, INPUT, 1);
    if (!r.ok) throw new Error(r.error.message);
    expect(s.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships',
      `POST https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships/${ID}/requests`,
    ]);
    expect(s.calls[0]!.body).toEqual({
      displayName: 'Contoso support',
      duration: 'P730D',
      autoExtendDuration: 'P180D',
      accessDetails: {
        unifiedRoles: INPUT.roleIds.map((roleDefinitionId) => ({ roleDefinitionId })),
      },
      customer: { tenantId: INPUT.customerTenantId, displayName: 'Contoso' },
    });
    expect(s.calls[1]!.body).toEqual({ action: 'lockForApproval' });
    expect(
      s.asked.every(
        (a) => a.scope === 'https://graph.microsoft.com/DelegatedAdminRelationship.ReadWrite.All',
      ),
    ).toBe(true);
    expect(r.value).toMatchObject({
      id: ID,
      status: 'approvalPending',
      createdAt: Date.parse('2026-03-01T10:00:00Z'),
    });
    // The link is one lib/invitation reads as a GDAP link, so the draft checks accept it.
    expect(parseGdapLink(r.value.link)).toMatchObject({ ok: true, value: { relationshipId: ID } });
    expect(relationshipIdOf(r.value.link)).toBe(ID);
  });

  it('sends nothing for a bad input, and says which role is needed on 403', async () => {
    const none = clientWith(() => json({}));
    expect(await createGdapRequest(none.client, { ...INPUT, durationDays: 0 })).toMatchObject({
      ok: false,
    });
    expect(none.calls).toHaveLength(0);
    const forbidden = clientWith(() => json({}, 403));
    const r = await createGdapRequest(forbidden.client, INPUT);
    expect(!r.ok && r.error.message).toMatch(
      /Admin agent role.*DelegatedAdminRelationship\.ReadWrite\.All/,
    );
  });

  it('says the relationship exists but was not sent when the lock fails', async () => {
    const s = clientWith((call) =>
      call.url.endsWith('/requests')
        ? json({}, 500)
        : created(call.body as { displayName: string }),
    );
    const r = await createGdapRequest(s.client, INPUT);
    expect(!r.ok && r.error.message).toMatch(/created at Microsoft but not sent for approval/);
  });
});

describe('status and countdown', () => {
  const record = {
    id: ID,
    displayName: 'x',
    status: 'approvalPending',
    duration: 'P730D',
    autoExtend: false,
    roleIds: [],
    link: 'l',
    createdAt: 0,
    checkedAt: 0,
  };

  it('counts the 90 days of an unanswered request, then the end of an active one', () => {
    expect(gdapCountdown(record, 10 * DAY)).toEqual({ kind: 'approval', daysLeft: 80 });
    expect(gdapCountdown(record, 95 * DAY)).toEqual({ kind: 'approval', daysLeft: 0 });
    expect(gdapCountdown({ ...record, status: 'active', endsAt: 400 * DAY }, 100 * DAY)).toEqual({
      kind: 'ends',
      daysLeft: 300,
    });
    expect(
      gdapCountdown({ ...record, status: 'expired', endsAt: 400 * DAY }, 100 * DAY),
    ).toBeUndefined();
  });

  it('reads the status and end from Graph', async () => {
    const s = clientWith(() =>
      json(
        relationshipBody(
          ID,
          { displayName: 'x', duration: 'P730D', autoExtendDuration: 'P0D', roleIds: [] },
          'active',
          {
            created: '2026-03-01T10:00:00Z',
            end: '2028-03-01T10:00:00Z',
          },
        ),
      ),
    );
    const r = await readGdapStatus(s.client, record, 5);
    expect(r).toMatchObject({
      ok: true,
      value: { status: 'active', endsAt: Date.parse('2028-03-01T10:00:00Z'), checkedAt: 5 },
    });
  });
});
