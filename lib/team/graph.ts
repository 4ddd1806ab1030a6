/**
 * The Graph requests of team sharing (docs/MICROSOFT.md, "Team sharing"):
 * finding a site, finding or creating the two lists, `$batch` of item writes
 * (at most 20 a batch, Graph's limit), and delta pages. Through the one
 * Microsoft client (lib/microsoft), which adds the token, the timeout and the
 * retries of a throttled request.
 */
import {
  microsoftFailure as fail,
  GRAPH_HOST,
  type HttpResponse,
  type MicrosoftClient,
  type MicrosoftResult,
  TEAM_SCOPE,
} from '../microsoft';
import { COLUMNS, CUSTOMERS_LIST, INVITATIONS_LIST } from './columns';
import type { Kind } from './docs';

export const BATCH_LIMIT = 20;
const V = `${GRAPH_HOST}/v1.0`;

export const FORBIDDEN =
  'Your account may not edit this SharePoint site. Ask the site owner for Edit (member) rights, or sign in with an account that has them.';

export interface TeamSite {
  id: string;
  displayName: string;
  webUrl: string;
}

/** Where a team shares: the site and its two lists' ids. */
export interface TeamLists {
  siteId: string;
  siteName: string;
  siteUrl: string;
  customers: string;
  invitations: string;
}

export const listIdOf = (lists: TeamLists, kind: Kind) =>
  kind === 'customer' ? lists.customers : lists.invitations;

/** Counts every request sent, for the sync's report and the benchmark. */
export interface Counted {
  client: MicrosoftClient;
  requests: number;
}

async function get(
  c: Counted,
  url: string,
  what: string,
  pass?: readonly number[],
): Promise<MicrosoftResult<HttpResponse>> {
  c.requests += 1;
  return c.client.request(
    TEAM_SCOPE,
    { method: 'GET', url },
    { what, forbidden: FORBIDDEN, ...(pass ? { pass } : {}) },
  );
}

function readSite(json: unknown): TeamSite | undefined {
  const s = json as { id?: unknown; displayName?: unknown; name?: unknown; webUrl?: unknown };
  if (typeof s?.id !== 'string' || typeof s.webUrl !== 'string') return undefined;
  const name = typeof s.displayName === 'string' ? s.displayName : String(s.name ?? s.webUrl);
  return { id: s.id, displayName: name, webUrl: s.webUrl };
}

export async function searchSites(c: Counted, query: string): Promise<MicrosoftResult<TeamSite[]>> {
  const res = await get(
    c,
    `${V}/sites?search=${encodeURIComponent(query)}`,
    'Searching SharePoint sites',
  );
  if (!res.ok) return res;
  const value = (res.value.json as { value?: unknown })?.value;
  if (!Array.isArray(value))
    return fail('malformed', 'Searching SharePoint sites: the answer holds no list of sites.');
  return { ok: true, value: value.flatMap((v) => readSite(v) ?? []) };
}

/** A pasted site address, `https://contoso.sharepoint.com/sites/Partners` (extra path parts are cut). */
export function parseSiteUrl(text: string): { host: string; path: string } | string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'That is not a web address. Paste the address of the SharePoint site, such as https://contoso.sharepoint.com/sites/Partners.';
  }
  if (url.protocol !== 'https:' || !/\.sharepoint\.(com|us|cn|de)$/i.test(url.hostname))
    return 'That is not a SharePoint address (https://….sharepoint.com/…).';
  const m = /^\/(sites|teams)\/[^/]+/i.exec(url.pathname);
  return { host: url.hostname.toLowerCase(), path: m ? m[0] : '/' };
}

export async function siteByUrl(c: Counted, text: string): Promise<MicrosoftResult<TeamSite>> {
  const parsed = parseSiteUrl(text);
  if (typeof parsed === 'string') return fail('rejected', parsed);
  const res = await get(
    c,
    `${V}/sites/${parsed.host}:${parsed.path}`,
    `Opening the SharePoint site ${parsed.host}${parsed.path}`,
  );
  if (!res.ok) return res;
  const site = readSite(res.value.json);
  return site ? { ok: true, value: site } : fail('malformed', 'The site answer has no id.');
}

/** Finds the two lists by name in the site, creating whichever is missing. */
export async function ensureLists(c: Counted, site: TeamSite): Promise<MicrosoftResult<TeamLists>> {
  const listed = await get(
    c,
    `${V}/sites/${site.id}/lists?$select=id,displayName`,
    `Reading the lists of ${site.displayName}`,
  );
  if (!listed.ok) return listed;
  const value = (listed.value.json as { value?: { id: string; displayName: string }[] })?.value;
  if (!Array.isArray(value)) return fail('malformed', 'The lists answer holds no lists.');
  const ids: Partial<Record<Kind, string>> = {};
  for (const [kind, name] of [
    ['customer', CUSTOMERS_LIST],
    ['invitation', INVITATIONS_LIST],
  ] as const) {
    const found = value.find((l) => l.displayName === name);
    if (found) {
      ids[kind] = found.id;
      continue;
    }
    c.requests += 1;
    const created = await c.client.request(
      TEAM_SCOPE,
      {
        method: 'POST',
        url: `${V}/sites/${site.id}/lists`,
        body: { displayName: name, columns: COLUMNS[kind], list: { template: 'genericList' } },
      },
      { what: `Creating the list “${name}” in ${site.displayName}`, forbidden: FORBIDDEN },
    );
    if (!created.ok) return created;
    const id = (created.value.json as { id?: unknown })?.id;
    if (typeof id !== 'string') return fail('malformed', `The new list “${name}” has no id.`);
    ids[kind] = id;
  }
  return {
    ok: true,
    value: {
      siteId: site.id,
      siteName: site.displayName,
      siteUrl: site.webUrl,
      customers: ids.customer!,
      invitations: ids.invitation!,
    },
  };
}

export interface BatchPart {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to /v1.0, as $batch takes it. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** One `$batch` of at most 20 requests; each answer by its id. */
export async function sendBatch(
  c: Counted,
  parts: BatchPart[],
  what: string,
): Promise<MicrosoftResult<Map<string, BatchAnswer>>> {
  if (parts.length === 0 || parts.length > BATCH_LIMIT)
    return fail('rejected', `${what}: a batch holds 1 to ${BATCH_LIMIT} requests.`);
  c.requests += 1;
  const res = await c.client.request(
    TEAM_SCOPE,
    { method: 'POST', url: `${V}/$batch`, body: { requests: parts } },
    { what, forbidden: FORBIDDEN },
  );
  if (!res.ok) return res;
  const responses = (res.value.json as { responses?: unknown })?.responses;
  if (!Array.isArray(responses))
    return fail('malformed', `${what}: the batch answer holds no responses.`);
  const out = new Map<string, BatchAnswer>();
  for (const r of responses as Partial<BatchAnswer>[]) {
    if (typeof r?.id !== 'string' || typeof r.status !== 'number') continue;
    out.set(r.id, { id: r.id, status: r.status, headers: r.headers ?? {}, body: r.body });
  }
  return { ok: true, value: out };
}

export type DeltaPage =
  | { gone: false; items: unknown[]; next?: string; deltaLink?: string }
  /** 410: the token expired; start again at `restart`. */
  | { gone: true; restart?: string };

export const firstDeltaUrl = (lists: TeamLists, kind: Kind) =>
  `${V}/sites/${lists.siteId}/lists/${listIdOf(lists, kind)}/items/delta?$expand=fields`;

export async function deltaPage(
  c: Counted,
  url: string,
  what: string,
): Promise<MicrosoftResult<DeltaPage>> {
  if (!url.startsWith(`${GRAPH_HOST}/`))
    return fail('malformed', `${what}: the next page is not at graph.microsoft.com; not followed.`);
  const res = await get(c, url, what, [410]);
  if (!res.ok) return res;
  if (res.value.status === 410) {
    const restart = res.value.headers.get('Location') ?? undefined;
    return {
      ok: true,
      value: { gone: true, ...(restart?.startsWith(`${GRAPH_HOST}/`) ? { restart } : {}) },
    };
  }
  const body = res.value.json as {
    value?: unknown;
    '@odata.nextLink'?: unknown;
    '@odata.deltaLink'?: unknown;
  };
  if (!Array.isArray(body?.value)) return fail('malformed', `${what}: the page holds no items.`);
  const next = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  const deltaLink =
    typeof body['@odata.deltaLink'] === 'string' ? body['@odata.deltaLink'] : undefined;
  if (!next && !deltaLink)
    return fail('incomplete', `${what}: the page has neither a next page nor a delta link.`);
  return {
    ok: true,
    value: {
      gone: false,
      items: body.value,
      ...(next ? { next } : {}),
      ...(deltaLink ? { deltaLink } : {}),
    },
  };
}

/** Reads the two lists by id: gone (404) or renamed is said before anything is sent. */
export async function checkLists(
  c: Counted,
  lists: TeamLists,
): Promise<MicrosoftResult<{ renamed: string[]; gone: string[] }>> {
  const parts: BatchPart[] = (['customer', 'invitation'] as const).map((kind) => ({
    id: kind,
    method: 'GET',
    url: `/sites/${lists.siteId}/lists/${listIdOf(lists, kind)}?$select=id,displayName`,
  }));
  const answers = await sendBatch(c, parts, 'Checking the shared lists');
  if (!answers.ok) return answers;
  const renamed: string[] = [];
  const gone: string[] = [];
  for (const [kind, name] of [
    ['customer', CUSTOMERS_LIST],
    ['invitation', INVITATIONS_LIST],
  ] as const) {
    const a = answers.value.get(kind);
    if (!a) return fail('incomplete', 'Checking the shared lists: an answer is missing.');
    if (a.status === 403)
      return fail('forbidden', `Checking the shared lists: Microsoft refused (403). ${FORBIDDEN}`);
    if (a.status === 404) gone.push(name);
    else if (a.status === 429 || a.status === 503)
      return fail(
        'throttled',
        'Checking the shared lists: Microsoft is limiting requests. Try again in a few minutes.',
      );
    else if (a.status !== 200)
      return fail('rejected', `Checking the shared lists: Microsoft refused (${a.status}).`);
    else {
      const shown = (a.body as { displayName?: unknown })?.displayName;
      if (typeof shown === 'string' && shown !== name)
        renamed.push(`“${name}” is now called “${shown}”`);
    }
  }
  return { ok: true, value: { renamed, gone } };
}
