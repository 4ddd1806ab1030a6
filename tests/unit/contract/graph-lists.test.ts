// The contract server's SharePoint lists answer as Graph documents them: the
// shapes the team sync relies on (eTags and 412, delta paging and its links, 410,
// $batch limits and per-request faults).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSite, expireTokens, sharePointOf } from '../../contract/graph-lists';
import { type ContractServer, startContractServer } from '../../contract/server';

let s: ContractServer;
const G = 'https://graph.microsoft.com/v1.0';

async function call(
  method: string,
  real: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(s.urlFor(real), {
    method,
    headers: {
      Authorization: 'Bearer graph-token',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

beforeEach(async () => {
  s = await startContractServer({ clientId: 'c', extensionId: 'e' });
  s.contract.tokens.set('graph-token', {
    resource: 'https://graph.microsoft.com',
    expires: Date.now() + 3_600_000,
  });
});
afterEach(() => s.close());

async function makeList() {
  const site = addSite(s.contract, 'contoso.sharepoint.com', '/sites/Partners', 'Partners');
  const created = await call('POST', `${G}/sites/${site.id}/lists`, {
    displayName: 'CSP customers',
    columns: [
      { name: 'Domain', text: {} },
      { name: 'Notes', text: { allowMultipleLines: true } },
      { name: 'Sent', dateTime: {} },
    ],
    list: { template: 'genericList' },
  });
  expect(created.status).toBe(201);
  return { site, list: created.json as { id: string; columns: { name: string }[] } };
}

describe('contract: SharePoint sites and lists', () => {
  it('finds a site by search and by its path; refuses without a Graph token', async () => {
    const site = addSite(s.contract, 'contoso.sharepoint.com', '/sites/Partners', 'Partners');
    const found = await call('GET', `${G}/sites?search=partn`);
    expect(found.json.value.map((v: { id: string }) => v.id)).toEqual([site.id]);
    const byPath = await call('GET', `${G}/sites/contoso.sharepoint.com:/sites/Partners`);
    expect(byPath.json).toMatchObject({
      id: site.id,
      webUrl: 'https://contoso.sharepoint.com/sites/Partners',
    });
    expect((await call('GET', `${G}/sites/contoso.sharepoint.com:/sites/Nope`)).status).toBe(404);
    const res = await fetch(s.urlFor(`${G}/sites?search=x`));
    expect(res.status).toBe(401);
  });

  it('creates a list with typed columns, refuses a second of the same name, reads it by id with columns', async () => {
    const { site, list } = await makeList();
    expect(list.columns.map((c) => c.name)).toEqual(['Domain', 'Notes', 'Sent']);
    const again = await call('POST', `${G}/sites/${site.id}/lists`, {
      displayName: 'CSP customers',
    });
    expect(again.status).toBe(409);
    const read = await call('GET', `${G}/sites/${site.id}/lists/${list.id}?expand=columns`);
    expect(read.json.columns).toHaveLength(3);
    const all = await call('GET', `${G}/sites/${site.id}/lists`);
    expect(all.json.value[0].displayName).toBe('CSP customers');
  });
});

describe('contract: list items', () => {
  it('creates an item with an eTag; a PATCH with an old eTag gets 412, with the current one 200', async () => {
    const { site, list } = await makeList();
    const items = `${G}/sites/${site.id}/lists/${list.id}/items`;
    const created = await call('POST', items, {
      fields: { Title: 'Contoso', Domain: 'contoso.nl' },
    });
    expect(created.status).toBe(201);
    const first = created.json.eTag as string;
    expect(first).toMatch(/^"[0-9a-f-]+,1"$/);
    expect(created.json.lastModifiedBy.user.displayName).toBe('Megan Bowen');
    const ok = await call(
      'PATCH',
      `${items}/${created.json.id}/fields`,
      { Domain: 'contoso.com' },
      { 'If-Match': first },
    );
    expect(ok.status).toBe(200);
    expect(ok.json.Domain).toBe('contoso.com');
    const stale = await call(
      'PATCH',
      `${items}/${created.json.id}/fields`,
      { Domain: 'x.nl' },
      { 'If-Match': first },
    );
    expect(stale.status).toBe(412);
    const read = await call('GET', `${items}/${created.json.id}?expand=fields`);
    expect(read.json.fields.Domain).toBe('contoso.com');
    expect(read.json.eTag).not.toBe(first);
  });

  it('refuses unknown fields and single-line text over 255 characters', async () => {
    const { site, list } = await makeList();
    const items = `${G}/sites/${site.id}/lists/${list.id}/items`;
    expect((await call('POST', items, { fields: { Nope: 'x' } })).status).toBe(400);
    expect((await call('POST', items, { fields: { Domain: 'x'.repeat(256) } })).status).toBe(400);
    expect((await call('POST', items, { fields: { Notes: 'x'.repeat(5000) } })).status).toBe(201);
  });

  it('delta: pages with nextLink, then a deltaLink that returns only later changes, deletes included', async () => {
    const { site, list } = await makeList();
    sharePointOf(s.contract).pageSize = 2;
    const items = `${G}/sites/${site.id}/lists/${list.id}/items`;
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E'])
      ids.push((await call('POST', items, { fields: { Title: name } })).json.id);
    let url = `${items}/delta?$expand=fields`;
    const seen: string[] = [];
    let deltaLink = '';
    for (let pages = 0; pages < 10 && !deltaLink; pages++) {
      const page = await call('GET', url);
      seen.push(...page.json.value.map((v: { fields: { Title: string } }) => v.fields.Title));
      url = page.json['@odata.nextLink'];
      deltaLink = page.json['@odata.deltaLink'] ?? '';
    }
    expect(seen).toEqual(['A', 'B', 'C', 'D', 'E']);
    const one = (await call('GET', `${items}/${ids[1]}`)).json.eTag;
    await call('PATCH', `${items}/${ids[1]}/fields`, { Domain: 'b.nl' }, { 'If-Match': one });
    expect((await call('DELETE', `${items}/${ids[3]}`)).status).toBe(204);
    const later = await call('GET', deltaLink);
    expect(later.json.value).toEqual([
      expect.objectContaining({ id: ids[1], fields: expect.objectContaining({ Domain: 'b.nl' }) }),
      expect.objectContaining({ id: ids[3], deleted: { state: 'deleted' } }),
    ]);
    const quiet = await call('GET', later.json['@odata.deltaLink']);
    expect(quiet.json.value).toEqual([]);
  });

  it('delta: an expired token gets 410 with a Location that starts again', async () => {
    const { site, list } = await makeList();
    const items = `${G}/sites/${site.id}/lists/${list.id}/items`;
    await call('POST', items, { fields: { Title: 'A' } });
    const first = await call('GET', `${items}/delta?$expand=fields`);
    expireTokens(s.contract);
    const gone = await call('GET', first.json['@odata.deltaLink']);
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe('resyncChangesApplyDifferences');
    const again = await call('GET', gone.headers.get('Location')!);
    expect(again.json.value).toHaveLength(1);
  });

  it('$batch: at most 20 requests; each answered by itself, an inner fault for that request only', async () => {
    const { site, list } = await makeList();
    const url = `/sites/${site.id}/lists/${list.id}/items`;
    const many = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'POST',
      url,
      body: { fields: { Title: `N${i}` } },
      headers: { 'Content-Type': 'application/json' },
    }));
    expect((await call('POST', `${G}/$batch`, { requests: many })).status).toBe(400);
    s.inject({
      host: 'graph.microsoft.com#batch',
      path: /\/items$/,
      times: 1,
      skip: 1,
      kind: 'status',
      status: 429,
      retryAfter: 2,
    });
    const res = await call('POST', `${G}/$batch`, { requests: many.slice(0, 3) });
    expect(res.status).toBe(200);
    expect(res.json.responses.map((r: { status: number }) => r.status)).toEqual([201, 429, 201]);
    expect(res.json.responses[1].headers['Retry-After']).toBe('2');
  });
});
