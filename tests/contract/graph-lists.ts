/**
 * graph.microsoft.com v1.0 SharePoint sites, lists and list items, as documented
 * (site-search, site-getbypath, list-create, list-get, listitem-create,
 * listitem-get, listitem-update, listitem-delete, listitem-delta, json-batching):
 *
 * - a site by search or by `{hostname}:/{path}`; lists created with typed columns
 *   and read by id or title, with `expand=columns`;
 * - items with an eTag `"{guid},{version}"` that every change bumps; PATCH of
 *   `/fields` and DELETE honour `If-Match` (412 when it no longer matches);
 *   unknown field names and single-line text over 255 characters are refused (400);
 * - delta: pages of `pageSize` items (`$top` lowers it) with an
 *   `@odata.nextLink`, the last with an `@odata.deltaLink`; later calls return
 *   only items changed since, deleted ones as `deleted: { state: 'deleted' }`;
 *   a token older than `expireTokens()` gets 410 with a Location to start again;
 * - `$batch`: at most 20 requests, each answered with its own status; a fault
 *   injected for an inner path answers that request only, as Graph throttles
 *   inside a batch.
 */
import { randomUUID } from 'node:crypto';
import type { Contract, Fault, Handled, Request } from './types';
import { resourceOf, unauthorized } from './types';

const HOST = 'https://graph.microsoft.com';

export interface SpColumn {
  name: string;
  kind: 'text' | 'note' | 'dateTime' | 'number' | 'choice' | 'boolean';
  hidden: boolean;
  choices?: string[];
  raw: Record<string, unknown>;
}

export interface SpItem {
  id: string;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  created: string;
  modified: string;
  createdBy: string;
  modifiedBy: string;
  /** The change sequence at the item's last change. */
  seq: number;
  deleted: boolean;
}

export interface SpList {
  id: string;
  name: string;
  displayName: string;
  columns: SpColumn[];
  items: Map<string, SpItem>;
  nextItemId: number;
  created: string;
}

export interface SpSite {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  lists: Map<string, SpList>;
}

export interface SharePoint {
  sites: Map<string, SpSite>;
  /** Global change counter: a delta token is a position in it. */
  seq: number;
  /** Tokens issued before this epoch are expired (410). */
  tokenEpoch: number;
  /** Items per delta page. */
  pageSize: number;
  /** Who the signed-in user is, for createdBy / lastModifiedBy. */
  user: { displayName: string; email: string };
}

export function sharePointOf(c: Contract): SharePoint {
  const holder = c as Contract & { sharePoint?: SharePoint };
  holder.sharePoint ??= {
    sites: new Map(),
    seq: 0,
    tokenEpoch: 0,
    pageSize: 200,
    user: { displayName: 'Megan Bowen', email: 'megan@contoso-partner.example' },
  };
  return holder.sharePoint;
}

/** A site the tests create, as a tenant admin would have. */
export function addSite(c: Contract, hostname: string, path: string, displayName: string): SpSite {
  const sp = sharePointOf(c);
  const id = `${hostname},${randomUUID()},${randomUUID()}`;
  const site: SpSite = { id, hostname, path, displayName, lists: new Map() };
  sp.sites.set(id, site);
  return site;
}

/** Every token issued so far stops working: the next delta with one gets 410. */
export function expireTokens(c: Contract): void {
  sharePointOf(c).tokenEpoch += 1;
}

/** Someone renames or deletes a list in SharePoint. */
export function findList(c: Contract, displayName: string): SpList | undefined {
  for (const site of sharePointOf(c).sites.values())
    for (const list of site.lists.values()) if (list.displayName === displayName) return list;
  return undefined;
}
export function deleteList(c: Contract, displayName: string): void {
  for (const site of sharePointOf(c).sites.values())
    for (const [id, list] of site.lists)
      if (list.displayName === displayName) site.lists.delete(id);
}

const error = (status: number, code: string, message: string): Handled => ({
  status,
  json: { error: { code, message, innerError: { date: new Date().toISOString() } } },
});
const notFound = (what: string) => error(404, 'itemNotFound', `${what} not found.`);

const siteBody = (s: SpSite) => ({
  id: s.id,
  name: s.path.split('/').pop(),
  displayName: s.displayName,
  webUrl: `https://${s.hostname}${s.path}`,
  siteCollection: { hostname: s.hostname },
});

function columnBody(col: SpColumn) {
  return {
    id: randomUUID(),
    name: col.name,
    displayName: col.name,
    hidden: col.hidden,
    ...col.raw,
  };
}

function listBody(site: SpSite, list: SpList, withColumns: boolean) {
  return {
    '@odata.etag': `"${list.id},1"`,
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    createdDateTime: list.created,
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.name}`,
    list: { template: 'genericList', hidden: false, contentTypesEnabled: false },
    ...(withColumns ? { columns: list.columns.map(columnBody) } : {}),
  };
}

const eTagOf = (item: SpItem) => `"${item.guid},${item.version}"`;

function fieldsBody(item: SpItem) {
  return {
    '@odata.etag': eTagOf(item),
    id: item.id,
    ...item.fields,
    Modified: item.modified,
    Created: item.created,
  };
}

function itemBody(site: SpSite, list: SpList, item: SpItem, withFields: boolean) {
  const identity = (name: string) => ({ user: { displayName: name, email: '' } });
  return {
    '@odata.etag': eTagOf(item),
    id: item.id,
    eTag: eTagOf(item),
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    webUrl: `https://${site.hostname}${site.path}/Lists/${list.name}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(item.createdBy),
    lastModifiedBy: identity(item.modifiedBy),
    contentType: { id: '0x0100', name: 'Item' },
    parentReference: { siteId: site.id },
    ...(withFields ? { fields: fieldsBody(item) } : {}),
  };
}

const KINDS = ['text', 'dateTime', 'number', 'choice', 'boolean'] as const;

function readColumn(raw: Record<string, unknown>): SpColumn | string {
  const name = raw.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name))
    return 'A column needs a name of letters, digits and underscores.';
  const kind = KINDS.find((k) => typeof raw[k] === 'object' && raw[k] !== null);
  if (!kind) return `Column ${name} has no type facet (text, dateTime, number, choice, boolean).`;
  const facet = raw[kind] as { allowMultipleLines?: boolean; choices?: unknown };
  return {
    name,
    kind: kind === 'text' && facet.allowMultipleLines ? 'note' : kind,
    hidden: raw.hidden === true,
    ...(kind === 'choice' && Array.isArray(facet.choices)
      ? { choices: facet.choices.map(String) }
      : {}),
    raw,
  };
}

/** Graph's checks on field values: known columns only, single-line text ≤ 255. */
function checkFields(list: SpList, fields: unknown): Record<string, unknown> | string {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    return 'The request body must be an object of field values.';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'Title') {
      if (value !== null && typeof value !== 'string') return 'Title must be text.';
      if (typeof value === 'string' && value.length > 255)
        return 'The field Title exceeds 255 characters.';
      out[key] = value;
      continue;
    }
    const col = list.columns.find((c) => c.name === key);
    if (!col) return `Field '${key}' is not recognized`;
    if (value === null) {
      out[key] = null;
      continue;
    }
    if (
      (col.kind === 'text' || col.kind === 'note' || col.kind === 'choice') &&
      typeof value !== 'string'
    )
      return `Field '${key}' must be text.`;
    if (col.kind === 'text' && (value as string).length > 255)
      return `The field ${key} exceeds 255 characters.`;
    if (col.kind === 'dateTime' && (typeof value !== 'string' || Number.isNaN(Date.parse(value))))
      return `Field '${key}' must be a date and time.`;
    if (col.kind === 'number' && typeof value !== 'number')
      return `Field '${key}' must be a number.`;
    out[key] = value;
  }
  return out;
}

interface Cursor {
  /** Token epoch it was issued in. */
  e: number;
  /** Changes after this sequence… */
  s: number;
  /** …up to this one (the enumeration's snapshot). */
  u: number;
  /** Items already returned in this enumeration. */
  p: number;
}

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(text: string): Cursor | undefined {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    return [c.e, c.s, c.u, c.p].every(Number.isInteger) ? c : undefined;
  } catch {
    return undefined;
  }
}

function delta(sp: SharePoint, site: SpSite, list: SpList, r: Request): Handled {
  const base = `${HOST}/v1.0/sites/${site.id}/lists/${list.id}/items/delta`;
  const expand = r.query.get('$expand') ?? r.query.get('expand') ?? '';
  const withFields = /\bfields\b/.test(expand);
  const top = Math.min(sp.pageSize, Number(r.query.get('$top') ?? sp.pageSize) || sp.pageSize);
  const carry = (cursor: Cursor) => {
    const q = new URLSearchParams({ token: encode(cursor) });
    if (expand) q.set('$expand', expand);
    if (r.query.get('$top')) q.set('$top', String(top));
    return `${base}?${q}`;
  };
  const token = r.query.get('token');
  if (token === 'latest')
    return {
      status: 200,
      json: {
        value: [],
        '@odata.deltaLink': carry({ e: sp.tokenEpoch, s: sp.seq, u: sp.seq, p: 0 }),
      },
    };
  const cursor = token ? decode(token) : { e: sp.tokenEpoch, s: 0, u: sp.seq, p: 0 };
  if (!cursor) return error(400, 'invalidRequest', 'The delta token is not valid.');
  if (cursor.e < sp.tokenEpoch)
    return {
      status: 410,
      headers: { Location: base + (expand ? `?$expand=${expand}` : '') },
      json: {
        error: {
          code: 'resyncChangesApplyDifferences',
          message: 'The delta token has expired. Start a new enumeration from the Location.',
        },
      },
    };
  // A fresh token (from a deltaLink) starts a new enumeration up to now.
  const upto = cursor.p === 0 && token ? sp.seq : cursor.u;
  const fresh = cursor.s === 0;
  const changed = [...list.items.values()]
    .filter((i) => i.seq > cursor.s && i.seq <= upto && !(fresh && i.deleted))
    .sort((a, b) => a.seq - b.seq);
  const page = changed.slice(cursor.p, cursor.p + top);
  const value = page.map((item) =>
    item.deleted
      ? { id: item.id, deleted: { state: 'deleted' }, lastModifiedDateTime: item.modified }
      : itemBody(site, list, item, withFields),
  );
  const more = cursor.p + top < changed.length;
  return {
    status: 200,
    json: {
      '@odata.context': `${HOST}/v1.0/$metadata#Collection(listItem)`,
      value,
      ...(more
        ? { '@odata.nextLink': carry({ e: cursor.e, s: cursor.s, u: upto, p: cursor.p + top }) }
        : { '@odata.deltaLink': carry({ e: sp.tokenEpoch, s: upto, u: upto, p: 0 }) }),
    },
  };
}

function touch(sp: SharePoint, item: SpItem, at: string): void {
  sp.seq += 1;
  item.seq = sp.seq;
  item.version += 1;
  item.modified = at;
  item.modifiedBy = sp.user.displayName;
}

function parseBody(r: Request): unknown {
  try {
    return r.body ? JSON.parse(r.body) : {};
  } catch {
    return undefined;
  }
}

const header = (r: Request, name: string): string | undefined => {
  const v = r.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

/** One request under /v1.0/sites; also what each request of a batch is answered by. */
function sitesRoute(c: Contract, r: Request): Handled {
  const sp = sharePointOf(c);
  const now = new Date(c.now()).toISOString();
  const path = decodeURIComponent(r.path.replace(/^\/v1\.0/, ''));
  if (r.method === 'GET' && path === '/sites') {
    const q = (r.query.get('search') ?? '').toLowerCase();
    const found = [...sp.sites.values()].filter(
      (s) =>
        q === '*' || s.displayName.toLowerCase().includes(q) || s.path.toLowerCase().includes(q),
    );
    return { status: 200, json: { value: found.map(siteBody) } };
  }
  const byPath = /^\/sites\/([^/:]+):(\/[^:]*?):?$/.exec(path);
  if (byPath && r.method === 'GET') {
    const site = [...sp.sites.values()].find(
      (s) => s.hostname === byPath[1] && s.path.toLowerCase() === byPath[2]!.toLowerCase(),
    );
    return site ? { status: 200, json: siteBody(site) } : notFound('The site');
  }
  const m =
    /^\/sites\/([^/]+)(?:\/lists(?:\/([^/]+)(?:\/items(?:\/([^/]+)(\/fields)?)?)?)?)?$/.exec(path);
  if (!m) return error(400, 'invalidRequest', `Unsupported path ${path}`);
  const site = sp.sites.get(m[1]!);
  if (!site) return notFound('The site');
  const [, , listKey, itemKey, fieldsPart] = m;
  if (listKey === undefined && !path.endsWith('/lists')) {
    return r.method === 'GET' ? { status: 200, json: siteBody(site) } : { status: 405 };
  }
  if (listKey === undefined) {
    if (r.method === 'GET')
      return {
        status: 200,
        json: { value: [...site.lists.values()].map((l) => listBody(site, l, false)) },
      };
    if (r.method !== 'POST') return { status: 405 };
    const body = parseBody(r) as { displayName?: unknown; columns?: unknown } | undefined;
    if (!body || typeof body.displayName !== 'string' || body.displayName.trim() === '')
      return error(400, 'invalidRequest', 'displayName is required.');
    if ([...site.lists.values()].some((l) => l.displayName === body.displayName))
      return error(409, 'nameAlreadyExists', 'A list with this name already exists.');
    const columns: SpColumn[] = [];
    for (const raw of Array.isArray(body.columns) ? body.columns : []) {
      const col = readColumn(raw as Record<string, unknown>);
      if (typeof col === 'string') return error(400, 'invalidRequest', col);
      columns.push(col);
    }
    const list: SpList = {
      id: randomUUID(),
      name: body.displayName.replace(/[^A-Za-z0-9]/g, ''),
      displayName: body.displayName,
      columns,
      items: new Map(),
      nextItemId: 1,
      created: now,
    };
    site.lists.set(list.id, list);
    return { status: 201, json: listBody(site, list, true) };
  }
  const list =
    site.lists.get(listKey) ?? [...site.lists.values()].find((l) => l.displayName === listKey);
  if (!list) return notFound('The list');
  if (itemKey === undefined && !path.endsWith('/items')) {
    if (r.method !== 'GET') return { status: 405 };
    const expand = r.query.get('$expand') ?? r.query.get('expand') ?? '';
    return { status: 200, json: listBody(site, list, /\bcolumns\b/.test(expand)) };
  }
  if (itemKey === 'delta' && r.method === 'GET') return delta(sp, site, list, r);
  if (itemKey === undefined) {
    if (r.method !== 'POST') return { status: 405 };
    const body = parseBody(r) as { fields?: unknown } | undefined;
    const fields = checkFields(list, body?.fields);
    if (typeof fields === 'string') return error(400, 'invalidRequest', fields);
    const item: SpItem = {
      id: String(list.nextItemId++),
      guid: randomUUID(),
      version: 0,
      fields,
      created: now,
      modified: now,
      createdBy: sp.user.displayName,
      modifiedBy: sp.user.displayName,
      seq: 0,
      deleted: false,
    };
    touch(sp, item, now);
    list.items.set(item.id, item);
    return { status: 201, json: itemBody(site, list, item, true) };
  }
  const item = list.items.get(itemKey);
  if (!item || item.deleted) return notFound('The item');
  const ifMatch = header(r, 'If-Match');
  const stale = ifMatch !== undefined && ifMatch !== '*' && ifMatch !== eTagOf(item);
  if (fieldsPart) {
    if (r.method === 'GET') return { status: 200, json: fieldsBody(item) };
    if (r.method !== 'PATCH') return { status: 405 };
    if (stale)
      return error(412, 'preconditionFailed', 'The eTag does not match the item: it was changed.');
    const fields = checkFields(list, parseBody(r));
    if (typeof fields === 'string') return error(400, 'invalidRequest', fields);
    Object.assign(item.fields, fields);
    touch(sp, item, now);
    return { status: 200, headers: { ETag: eTagOf(item) }, json: fieldsBody(item) };
  }
  if (r.method === 'GET') {
    const expand = r.query.get('$expand') ?? r.query.get('expand') ?? '';
    return { status: 200, json: itemBody(site, list, item, /\bfields\b/.test(expand)) };
  }
  if (r.method === 'DELETE') {
    if (stale)
      return error(412, 'preconditionFailed', 'The eTag does not match the item: it was changed.');
    item.deleted = true;
    touch(sp, item, now);
    return { status: 204 };
  }
  return { status: 405 };
}

/** A fault injected for an inner path of a batch: that request's own answer. */
function innerFault(c: Contract, path: string): Handled | undefined {
  const index = c.faults.findIndex(
    (f) => f.host === 'graph.microsoft.com#batch' && f.path.test(path),
  );
  const fault = c.faults[index] as Fault | undefined;
  if (!fault) return undefined;
  if ((fault.skip ?? 0) > 0) {
    fault.skip! -= 1;
    return undefined;
  }
  if (--fault.times <= 0) c.faults.splice(index, 1);
  if (fault.kind !== 'status') return undefined;
  return {
    status: fault.status,
    headers: fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) },
    json: { error: { code: `Fault${fault.status}`, message: 'Injected by the contract server' } },
  };
}

interface BatchRequest {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

function batch(c: Contract, r: Request): Handled {
  const body = parseBody(r) as { requests?: BatchRequest[] } | undefined;
  const requests = body?.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    return error(400, 'invalidRequest', 'The batch has no requests.');
  if (requests.length > 20)
    return error(400, 'invalidRequest', 'A batch may hold at most 20 requests.');
  const ids = new Set(requests.map((q) => q.id));
  if (ids.size !== requests.length)
    return error(400, 'invalidRequest', 'Request ids must be unique.');
  const responses = requests.map((q) => {
    if (typeof q.url !== 'string' || typeof q.method !== 'string')
      return {
        id: q.id,
        status: 400,
        body: { error: { code: 'invalidRequest', message: 'url and method are required.' } },
      };
    const url = new URL(q.url.replace(/^\/?/, '/v1.0/'), HOST);
    const headers = Object.fromEntries(
      Object.entries(q.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const inner: Request = {
      method: q.method.toUpperCase(),
      host: 'graph.microsoft.com',
      path: url.pathname,
      query: url.searchParams,
      headers: { ...r.headers, ...headers },
      body: q.body === undefined ? '' : JSON.stringify(q.body),
    };
    c.log.push(`${inner.method} graph.microsoft.com${inner.path} (in $batch)`);
    const answer = innerFault(c, inner.path) ?? sitesRoute(c, inner);
    return {
      id: q.id,
      status: answer.status,
      headers: {
        ...(answer.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...answer.headers,
      },
      ...(answer.json === undefined ? {} : { body: answer.json }),
    };
  });
  return { status: 200, json: { responses } };
}

export const isListsPath = (path: string) =>
  path === '/v1.0/$batch' || path === '/v1.0/sites' || path.startsWith('/v1.0/sites/');

export function graphListRoutes(c: Contract, r: Request): Handled {
  if (resourceOf(c, r) !== 'https://graph.microsoft.com') return unauthorized;
  if (r.path === '/v1.0/$batch') return r.method === 'POST' ? batch(c, r) : { status: 405 };
  return sitesRoute(c, r);
}

/** A colleague's write straight to an item (as SharePoint's own form would): a new eTag. */
export function editItem(
  c: Contract,
  listName: string,
  itemId: string,
  change: (fields: Record<string, unknown>) => void,
): void {
  const list = findList(c, listName);
  const item = list?.items.get(itemId);
  if (!item) throw new Error(`no item ${itemId} in ${listName}`);
  change(item.fields);
  touch(sharePointOf(c), item, new Date(c.now()).toISOString());
}
