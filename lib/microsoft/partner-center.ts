/**
 * Partner Center REST (App+User): the official relationship-request link, and the
 * whole customer list, every page, before anything is used (docs/MICROSOFT.md).
 */
import type { MicrosoftClient } from './client';
import { PARTNER_CENTER_HOST, PARTNER_CENTER_SCOPE } from './endpoints';
import { fail, type MicrosoftResult, ok } from './errors';

const LINK_FORBIDDEN =
  'Getting the invitation link needs the Admin agent or Sales agent role in Partner Center.';
const LIST_FORBIDDEN =
  'Reading the customer list needs the Admin agent or Sales agent role in Partner Center.';

export interface LinkOptions {
  /** An indirect reseller's indirect provider (tenant ID): the indirect link. */
  indirectProviderId?: string;
}

/** `GET /v1/customers/relationshiprequests` → the link Partner Center itself would show. */
export async function getRelationshipLink(
  client: MicrosoftClient,
  { indirectProviderId }: LinkOptions = {},
): Promise<MicrosoftResult<string>> {
  const url = new URL('/v1/customers/relationshiprequests', PARTNER_CENTER_HOST);
  if (indirectProviderId)
    url.searchParams.set('indirectCloudSolutionProviderId', indirectProviderId);
  const what = "Partner Center's invitation link";
  const got = await client.request(
    PARTNER_CENTER_SCOPE,
    { method: 'GET', url: url.href },
    { what, forbidden: LINK_FORBIDDEN },
  );
  if (!got.ok) return got;
  const body = got.value.json as { url?: unknown } | undefined;
  if (typeof body?.url !== 'string' || body.url === '')
    return fail('malformed', `${what}: the answer has no "url".`);
  return ok(body.url);
}

/** What the reconcile needs of a Partner Center customer. */
export interface PartnerCenterCustomer {
  id: string;
  companyName: string;
  domain: string;
  /** `none`, `reseller`, `advisor`, `syndication`, `microsoft_support`, or what else Microsoft adds. */
  relationshipToPartner: string;
}

/** Customers per page asked for; Partner Center caps a page itself. */
export const PAGE_SIZE = 500;
/** A list longer than this many pages is refused rather than followed for ever. */
export const MAX_PAGES = 400;

interface Page {
  totalCount?: unknown;
  items?: unknown;
  links?: { next?: { uri?: unknown; headers?: unknown } };
}

function customerOf(raw: unknown): PartnerCenterCustomer | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const c = raw as {
    id?: unknown;
    companyProfile?: Record<string, unknown>;
    relationshipToPartner?: unknown;
  };
  const profile = c.companyProfile ?? {};
  const id = typeof c.id === 'string' ? c.id : profile.tenantId;
  if (typeof id !== 'string' || id === '') return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id,
    companyName: text(profile.companyName),
    domain: text(profile.domain),
    relationshipToPartner: text(c.relationshipToPartner).toLowerCase(),
  };
}

/** The next page's request: the `next` link's URI and its headers (MS-ContinuationToken). */
function nextOf(page: Page): { url: string; headers: Record<string, string> } | undefined {
  const next = page.links?.next;
  if (!next || typeof next.uri !== 'string') return undefined;
  // Relative to the API's root (`/customers?…`) or its host (`/v1/customers?…`);
  // an absolute URI elsewhere is refused below: the token goes only to Partner Center.
  const path =
    next.uri.startsWith('/v1/') || /^https?:/.test(next.uri) ? next.uri : `/v1${next.uri}`;
  const url = new URL(path, PARTNER_CENTER_HOST);
  const headers: Record<string, string> = {};
  if (Array.isArray(next.headers)) {
    for (const h of next.headers as { key?: unknown; value?: unknown }[]) {
      if (typeof h.key === 'string' && typeof h.value === 'string') headers[h.key] = h.value;
    }
  }
  return { url: url.href, headers };
}

/**
 * Every customer, following `links.next` with its continuation-token header
 * until there is none. Any failure on any page fails the whole list: a partial
 * list would look like customers that left.
 */
export async function listAllCustomers(
  client: MicrosoftClient,
  onPage?: (fetched: number, pages: number) => void,
): Promise<MicrosoftResult<PartnerCenterCustomer[]>> {
  const what = "Partner Center's customer list";
  const all: PartnerCenterCustomer[] = [];
  let request = { url: `${PARTNER_CENTER_HOST}/v1/customers?size=${PAGE_SIZE}`, headers: {} };
  const seen = new Set<string>();
  for (let n = 1; ; n++) {
    if (n > MAX_PAGES) return fail('incomplete', `${what}: more than ${MAX_PAGES} pages; stopped.`);
    if (new URL(request.url).origin !== PARTNER_CENTER_HOST)
      return fail('malformed', `${what}: page ${n} points away from Partner Center; stopped.`);
    const got = await client.request(
      PARTNER_CENTER_SCOPE,
      { method: 'GET', ...request },
      { what: `${what}, page ${n}`, forbidden: LIST_FORBIDDEN },
    );
    if (!got.ok) return got;
    const page = (got.value.json ?? {}) as Page;
    if (!Array.isArray(page.items)) return fail('malformed', `${what}: page ${n} has no "items".`);
    // `totalCount` counts the page's own items (a ResourceCollection): fewer means cut short.
    if (typeof page.totalCount === 'number' && page.items.length < page.totalCount)
      return fail(
        'incomplete',
        `${what} ended early: page ${n} holds ${page.items.length} of its ${page.totalCount} customers.`,
      );
    for (const raw of page.items) {
      const customer = customerOf(raw);
      if (!customer) return fail('malformed', `${what}: page ${n} has a customer without an id.`);
      all.push(customer);
    }
    onPage?.(all.length, n);
    const next = nextOf(page);
    if (!next) break;
    const key = JSON.stringify(next);
    if (seen.has(key))
      return fail('malformed', `${what}: page ${n} points back to an earlier page.`);
    seen.add(key);
    request = next;
  }
  return ok(all);
}
