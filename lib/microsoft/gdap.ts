/**
 * GDAP requests through Microsoft Graph (docs/DOMAIN.md, "GDAP through Microsoft
 * Graph"): create the relationship, then lock it for approval; the customer
 * approves at the admin-center link. Its status is read back by the daily sync.
 */
import type { GdapRecord } from '../schema/microsoft';
import type { MicrosoftClient } from './client';
import { GDAP_SCOPE, GRAPH_HOST } from './endpoints';
import { fail, type MicrosoftResult, ok } from './errors';
import { GLOBAL_ADMINISTRATOR } from './gdap-roles';

const BASE = `${GRAPH_HOST}/v1.0/tenantRelationships/delegatedAdminRelationships`;
const FORBIDDEN =
  'Creating GDAP requests needs the Admin agent role in Partner Center, and your app needs the delegated permission DelegatedAdminRelationship.ReadWrite.All with consent.';
export const GDAP_APPROVAL_BASE =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/';
export const MAX_NAME_LENGTH = 50;
export const MAX_DURATION_DAYS = 730;

export interface GdapRequestInput {
  displayName: string;
  durationDays: number;
  roleIds: readonly string[];
  autoExtend: boolean;
  customerTenantId?: string;
  customerName?: string;
  customerId?: string;
}

/** A field-level problem, before anything is sent. */
export function checkGdapInput(input: GdapRequestInput): string | undefined {
  const name = input.displayName.trim();
  if (name === '') return 'Give the request a name (the customer sees it).';
  if (name.length > MAX_NAME_LENGTH)
    return `The name is ${name.length} characters; at most ${MAX_NAME_LENGTH}.`;
  const d = input.durationDays;
  if (!Number.isInteger(d) || d < 1 || d > MAX_DURATION_DAYS)
    return `The duration must be a whole number of days from 1 to ${MAX_DURATION_DAYS} (2 years).`;
  if (input.roleIds.length === 0) return 'Choose at least one role.';
  if (input.autoExtend && input.roleIds.includes(GLOBAL_ADMINISTRATOR.id))
    return 'Auto-extend cannot be used with Global Administrator: clear one of them.';
  return undefined;
}

interface Relationship {
  id?: unknown;
  status?: unknown;
  createdDateTime?: unknown;
  endDateTime?: unknown;
}

const time = (v: unknown) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : undefined;

export async function createGdapRequest(
  client: MicrosoftClient,
  input: GdapRequestInput,
  now = Date.now(),
): Promise<MicrosoftResult<GdapRecord>> {
  const problem = checkGdapInput(input);
  if (problem) return fail('rejected', problem);
  const body = {
    displayName: input.displayName.trim(),
    duration: `P${input.durationDays}D`,
    autoExtendDuration: input.autoExtend ? 'P180D' : 'P0D',
    accessDetails: {
      unifiedRoles: input.roleIds.map((roleDefinitionId) => ({ roleDefinitionId })),
    },
    ...(input.customerTenantId
      ? { customer: { tenantId: input.customerTenantId, displayName: input.customerName ?? '' } }
      : {}),
  };
  const created = await client.request(
    GDAP_SCOPE,
    { method: 'POST', url: BASE, body },
    { what: 'Creating the GDAP request', forbidden: FORBIDDEN },
  );
  if (!created.ok) return created;
  const rel = (created.value.json ?? {}) as Relationship;
  if (typeof rel.id !== 'string' || rel.id === '')
    return fail(
      'malformed',
      'Creating the GDAP request: Graph answered without the relationship id.',
    );
  const locked = await client.request(
    GDAP_SCOPE,
    {
      method: 'POST',
      url: `${BASE}/${encodeURIComponent(rel.id)}/requests`,
      body: { action: 'lockForApproval' },
    },
    { what: 'Sending the GDAP request for approval', forbidden: FORBIDDEN },
  );
  if (!locked.ok)
    return fail(
      locked.error.code,
      `${locked.error.message} The relationship "${body.displayName}" was created at Microsoft but not sent for approval; finish it in Partner Center (Customer → Admin relationships).`,
    );
  return ok({
    id: rel.id,
    displayName: body.displayName,
    ...(input.customerTenantId ? { customerTenantId: input.customerTenantId } : {}),
    ...(input.customerId ? { customerId: input.customerId } : {}),
    status: 'approvalPending',
    duration: body.duration,
    autoExtend: input.autoExtend,
    roleIds: [...input.roleIds],
    link: `${GDAP_APPROVAL_BASE}${rel.id}`,
    createdAt: time(rel.createdDateTime) ?? now,
    checkedAt: now,
  });
}

/** The relationship's current status as Graph has it. */
export async function readGdapStatus(
  client: MicrosoftClient,
  record: GdapRecord,
  now = Date.now(),
): Promise<MicrosoftResult<GdapRecord>> {
  const got = await client.request(
    GDAP_SCOPE,
    { method: 'GET', url: `${BASE}/${encodeURIComponent(record.id)}` },
    { what: `The GDAP request "${record.displayName}"`, forbidden: FORBIDDEN },
  );
  if (!got.ok) return got;
  const rel = (got.value.json ?? {}) as Relationship;
  if (typeof rel.status !== 'string')
    return fail(
      'malformed',
      `The GDAP request "${record.displayName}": Graph answered without a status.`,
    );
  const endsAt = time(rel.endDateTime);
  return ok({ ...record, status: rel.status, checkedAt: now, ...(endsAt ? { endsAt } : {}) });
}
