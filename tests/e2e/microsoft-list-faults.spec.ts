/** Every fault of Partner Center's customer list: said in words, the database left as it was. */
import type { Fault } from '../contract/server';
import { expect, test } from './fixtures';
import { connectContract, microsoftCard } from './microsoft-fixtures';
import { start, statuses } from './microsoft-list';
import { openOptions } from './options-fixtures';

const LIST = /^\/v1\/customers$/;
/** Each on the third and last page (`skip: 2`): the two pages read before must be thrown away. */
type FaultOnList = Fault extends infer F
  ? F extends Fault
    ? Omit<F, 'host' | 'path'>
    : never
  : never;
const FAULTS: { name: string; fault: FaultOnList; says: RegExp }[] = [
  {
    name: '401 twice',
    fault: { times: 2, kind: 'status', status: 401 },
    says: /sign-in has expired/,
  },
  {
    name: '403',
    fault: { times: 1, kind: 'status', status: 403 },
    says: /Admin agent or Sales agent/,
  },
  {
    name: '404',
    fault: { times: 1, kind: 'status', status: 404 },
    says: /page 3: not found at Microsoft \(404\)/,
  },
  {
    name: '500',
    fault: { times: 1, kind: 'status', status: 500 },
    says: /Microsoft had an error \(500\)/,
  },
  {
    name: '429 past the bound',
    fault: { times: 4, kind: 'status', status: 429, retryAfter: 1 },
    says: /limiting requests \(429\), still after 4 tries/,
  },
  { name: 'malformed JSON', fault: { times: 1, kind: 'malformed' }, says: /not valid JSON/ },
  {
    name: 'a page that ends early',
    fault: { times: 1, kind: 'truncated' },
    says: /page 3 holds 10 of its 500/,
  },
];

test('each fault of the customer list says what happened and changes nothing', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    await start(page, ms);
    const before = await statuses(page);
    const card = microsoftCard(page);
    for (const { name, fault, says } of FAULTS) {
      ms.server.inject({ host: 'api.partnercenter.microsoft.com', path: LIST, skip: 2, ...fault });
      await card.getByRole('button', { name: 'Check acceptances in Partner Center' }).click();
      await expect(card.getByRole('alert'), name).toHaveText(says, { timeout: 20_000 });
      await expect(card.getByRole('alert'), name).toHaveText(/Nothing was changed\.$/);
      expect(await statuses(page), name).toEqual(before);
      await expect(page.getByRole('button', { name: 'Apply these changes' })).toHaveCount(0);
    }
  } finally {
    await ms.server.close();
  }
});

test('503 backs off and gives up after the bound; a silent server times out; nothing changes', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    await start(page, ms);
    const before = await statuses(page);
    const card = microsoftCard(page);
    const cases: [Fault, RegExp][] = [
      [
        {
          host: 'api.partnercenter.microsoft.com',
          path: LIST,
          skip: 1,
          times: 4,
          kind: 'status',
          status: 503,
        },
        /unavailable \(503\), still after 4 tries/,
      ],
      [
        {
          host: 'api.partnercenter.microsoft.com',
          path: LIST,
          skip: 1,
          times: 1,
          kind: 'slow',
          ms: 25_000,
        },
        /did not answer within 20 s/,
      ],
    ];
    for (const [fault, says] of cases) {
      ms.server.inject(fault);
      await card.getByRole('button', { name: 'Check acceptances in Partner Center' }).click();
      await expect(card.getByRole('alert')).toHaveText(says, { timeout: 30_000 });
      expect(await statuses(page)).toEqual(before);
    }
  } finally {
    await ms.server.close();
  }
});

test('a 401 is refreshed once silently; 429 with Retry-After is waited out', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const ms = await connectContract(context, extensionId);
  try {
    const page = await openOptions(openExtensionPage);
    await start(page, ms);
    const card = microsoftCard(page);
    ms.server.inject({
      host: 'api.partnercenter.microsoft.com',
      path: LIST,
      times: 1,
      kind: 'status',
      status: 401,
    });
    ms.server.inject({
      host: 'api.partnercenter.microsoft.com',
      path: LIST,
      times: 2,
      kind: 'status',
      status: 429,
      retryAfter: 1,
    });
    const tokensBefore = ms.server.contract.log.filter((l) =>
      l.endsWith('/oauth2/v2.0/token'),
    ).length;
    await card.getByRole('button', { name: 'Check acceptances in Partner Center' }).click();
    await expect(page.getByRole('button', { name: 'Apply these changes' })).toBeVisible({
      timeout: 30_000,
    });
    const tokensAfter = ms.server.contract.log.filter((l) =>
      l.endsWith('/oauth2/v2.0/token'),
    ).length;
    expect(tokensAfter - tokensBefore).toBe(1);
  } finally {
    await ms.server.close();
  }
});
