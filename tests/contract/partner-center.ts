/**
 * api.partnercenter.microsoft.com: `GET /v1/customers/relationshiprequests` and
 * the paged `GET /v1/customers` (a page per continuation token, sent back in the
 * `MS-ContinuationToken` header of the `next` link), App+User tokens only.
 */
import { customersPage, relationshipRequestBody } from './samples';
import { type Contract, type Handled, type Request, resourceOf, unauthorized } from './types';

export function partnerCenterRoutes(c: Contract, r: Request): Handled {
  if (resourceOf(c, r) !== 'https://api.partnercenter.microsoft.com') return unauthorized;
  if (r.method === 'GET' && r.path === '/v1/customers/relationshiprequests') {
    return {
      status: 200,
      json: relationshipRequestBody(r.query.get('indirectCloudSolutionProviderId') ?? undefined),
    };
  }
  if (r.method === 'GET' && r.path === '/v1/customers') {
    const size = Math.min(Number(r.query.get('size') ?? c.pageSize) || c.pageSize, c.pageSize);
    const header = r.headers['ms-continuationtoken'];
    const token = Array.isArray(header) ? header[0] : header;
    let start = 0;
    if (r.query.get('seekOperation') === 'Next') {
      const m = /^page-(\d+)$/.exec(token ?? '');
      if (!m)
        return { status: 400, json: { code: 400, description: 'Invalid continuation token.' } };
      start = Number(m[1]);
    }
    const items = c.customers.slice(start, start + size);
    const next = start + size < c.customers.length ? `page-${start + size}` : undefined;
    return { status: 200, json: customersPage(items, size, next) };
  }
  return { status: 404, json: { code: 404, description: 'Not found.' } };
}
