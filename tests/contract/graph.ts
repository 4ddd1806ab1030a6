/**
 * graph.microsoft.com v1.0 delegatedAdminRelationships: create (with Graph's own
 * checks on the name, duration, auto-extend and Global Administrator), lock for
 * approval, and read back. `approve` plays the customer approving in the admin center.
 */
import { randomUUID } from 'node:crypto';
import { type RelationshipInput, relationshipBody } from './samples';
import {
  type Contract,
  type Handled,
  type Relationship,
  type Request,
  resourceOf,
  unauthorized,
} from './types';

const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const BASE = '/v1.0/tenantRelationships/delegatedAdminRelationships';

const badRequest = (message: string): Handled => ({
  status: 400,
  json: { error: { code: 'badRequest', message } },
});

function check(body: unknown): RelationshipInput | string {
  const b = body as {
    displayName?: unknown;
    duration?: unknown;
    autoExtendDuration?: unknown;
    accessDetails?: { unifiedRoles?: unknown };
    customer?: { tenantId: string; displayName: string };
  };
  if (typeof b?.displayName !== 'string' || b.displayName.length < 1 || b.displayName.length > 50)
    return 'displayName must be 1 to 50 characters.';
  const days = /^P(\d+)D$/.exec(String(b.duration))?.[1];
  if (!days || Number(days) < 1 || Number(days) > 730)
    return 'duration must be between P1D and P730D.';
  if (b.autoExtendDuration !== 'P0D' && b.autoExtendDuration !== 'P180D')
    return 'autoExtendDuration must be P0D or P180D.';
  const roles = b.accessDetails?.unifiedRoles;
  if (!Array.isArray(roles) || roles.length === 0) return 'accessDetails.unifiedRoles is required.';
  const roleIds = roles.map((r: { roleDefinitionId?: unknown }) => String(r.roleDefinitionId));
  if (b.autoExtendDuration === 'P180D' && roleIds.includes(GLOBAL_ADMIN))
    return 'Relationships with the Global Administrator role cannot be auto-extended.';
  return {
    displayName: b.displayName,
    duration: String(b.duration),
    autoExtendDuration: b.autoExtendDuration,
    roleIds,
    ...(b.customer ? { customer: b.customer } : {}),
  };
}

const bodyOf = (rel: Relationship) => relationshipBody(rel.id, rel.input, rel.status, rel);

export function graphRoutes(c: Contract, r: Request): Handled {
  if (resourceOf(c, r) !== 'https://graph.microsoft.com') return unauthorized;
  if (r.method === 'POST' && r.path === BASE) {
    const input = check(JSON.parse(r.body || '{}'));
    if (typeof input === 'string') return badRequest(input);
    if ([...c.relationships.values()].some((rel) => rel.input.displayName === input.displayName))
      return {
        status: 409,
        json: { error: { code: 'conflict', message: 'displayName is already used.' } },
      };
    const id = `${randomUUID()}-${randomUUID()}`;
    const rel: Relationship = {
      id,
      input,
      status: 'created',
      created: new Date(c.now()).toISOString(),
    };
    c.relationships.set(id, rel);
    return { status: 201, json: bodyOf(rel) };
  }
  const m = new RegExp(`^${BASE}/([0-9a-f-]+)(/requests)?$`).exec(r.path);
  const rel = m ? c.relationships.get(m[1]!) : undefined;
  if (!m || !rel)
    return { status: 404, json: { error: { code: 'notFound', message: 'No such relationship.' } } };
  if (m[2] && r.method === 'POST') {
    const action = (JSON.parse(r.body || '{}') as { action?: string }).action;
    if (action !== 'lockForApproval') return badRequest('action must be lockForApproval.');
    if (rel.status !== 'created')
      return badRequest('Only a created relationship can be locked for approval.');
    rel.status = 'approvalPending';
    const at = new Date(c.now()).toISOString();
    return {
      status: 201,
      json: {
        '@odata.type': '#microsoft.graph.delegatedAdminRelationshipRequest',
        id: randomUUID(),
        action,
        status: 'created',
        createdDateTime: at,
        lastModifiedDateTime: at,
      },
    };
  }
  if (!m[2] && r.method === 'GET') return { status: 200, json: bodyOf(rel) };
  return { status: 405 };
}

/** The customer approves in the admin center: the relationship becomes active. */
export function approve(c: Contract, id: string): void {
  const rel = c.relationships.get(id);
  if (!rel) throw new Error(`no relationship ${id}`);
  const days = Number(/^P(\d+)D$/.exec(rel.input.duration)?.[1]);
  rel.status = 'active';
  rel.activated = new Date(c.now()).toISOString();
  rel.end = new Date(c.now() + days * 86_400_000).toISOString();
}
