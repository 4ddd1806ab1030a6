import { describe, expect, it } from 'vitest';
import { getRelationshipLink, listAllCustomers } from '../../../lib/microsoft';
import {
  customersPage,
  manyCustomers,
  PROVIDER_TENANT,
  relationshipRequestBody,
} from '../../contract/samples';
import { clientWith, json } from './fake-http';

const ALL = manyCustomers(1200);
const pages = [ALL.slice(0, 500), ALL.slice(500, 1000), ALL.slice(1000)];

/** Answers as Partner Center does: page k+1 only with page k's continuation token. */
function pagedServer(overrides: Partial<Record<number, () => Response>> = {}) {
  return clientWith((call) => {
    const token = call.headers['MS-ContinuationToken'];
    const index = token === undefined ? 0 : Number(token.replace('tok-', ''));
    const override = overrides[index + 1];
    if (override) return override();
    const next = index + 1 < pages.length ? `tok-${index + 1}` : undefined;
    return json(customersPage(pages[index]!, 500, next));
  });
}

describe('listAllCustomers', () => {
  it('follows the next link with its continuation token through every page', async () => {
    const s = pagedServer();
    const r = await listAllCustomers(s.client);
    expect(r.ok && r.value.length).toBe(1200);
    expect(r.ok && r.value[1199]).toMatchObject({ companyName: 'Customer 1200 Ltd' });
    expect(s.calls.map((c) => c.url)).toEqual([
      'https://api.partnercenter.microsoft.com/v1/customers?size=500',
      'https://api.partnercenter.microsoft.com/v1/customers?size=500&seekOperation=Next',
      'https://api.partnercenter.microsoft.com/v1/customers?size=500&seekOperation=Next',
    ]);
    expect(s.calls.map((c) => c.headers['MS-ContinuationToken'])).toEqual([
      undefined,
      'tok-1',
      'tok-2',
    ]);
  });

  it('fails the whole list when a page is cut short, or a later page fails', async () => {
    const short = customersPage(pages[1]!.slice(0, 120), 500, 'tok-2');
    const cut = pagedServer({ 2: () => json({ ...short, totalCount: 500 }) });
    expect(await listAllCustomers(cut.client)).toMatchObject({
      ok: false,
      error: {
        code: 'incomplete',
        message: expect.stringContaining('page 2 holds 120 of its 500'),
      },
    });
    const broken = pagedServer({ 3: () => new Response('{"totalCount":200,"items":[{"id"') });
    expect(await listAllCustomers(broken.client)).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
    const down = pagedServer({ 2: () => json({}, 500) });
    expect(await listAllCustomers(down.client)).toMatchObject({
      ok: false,
      error: { code: 'server-error' },
    });
  });

  it('refuses a next link that loops or leaves Partner Center', async () => {
    const loop = clientWith(() => json(customersPage(pages[0]!, 500, 'same')));
    expect(await listAllCustomers(loop.client)).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
    expect(loop.calls).toHaveLength(2);
    const away = clientWith(() =>
      json({
        ...customersPage(pages[0]!, 500),
        links: { next: { uri: 'https://evil.example/steal' } },
      }),
    );
    expect(await listAllCustomers(away.client)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('away from Partner Center') },
    });
    expect(away.calls).toHaveLength(1);
  });
});

describe('getRelationshipLink', () => {
  it('returns the link, with the indirect provider parameter for an indirect reseller', async () => {
    const s = clientWith((call) =>
      json(
        relationshipRequestBody(
          new URL(call.url).searchParams.get('indirectCloudSolutionProviderId') ?? undefined,
        ),
      ),
    );
    const direct = await getRelationshipLink(s.client);
    expect(direct.ok && direct.value).toContain('invType=ResellerRelationship');
    const indirect = await getRelationshipLink(s.client, { indirectProviderId: PROVIDER_TENANT });
    expect(indirect.ok && indirect.value).toContain(`indirectCSPId=${PROVIDER_TENANT}`);
    expect(s.calls[1]!.url).toBe(
      `https://api.partnercenter.microsoft.com/v1/customers/relationshiprequests?indirectCloudSolutionProviderId=${PROVIDER_TENANT}`,
    );
  });

  it('says which role is missing on 403, and refuses an answer without a url', async () => {
    const forbidden = clientWith(() => json({}, 403));
    const r = await getRelationshipLink(forbidden.client);
    expect(!r.ok && r.error.message).toMatch(/Admin agent or Sales agent/);
    const empty = clientWith(() => json({ attributes: {} }));
    expect(await getRelationshipLink(empty.client)).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
  });
});
