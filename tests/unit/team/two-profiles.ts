// Two browser profiles in one test process: each its own IndexedDB (a separate
// fake-indexeddb factory), both syncing through one contract server.
import { IDBFactory } from 'fake-indexeddb';
import { closeDb, getDb } from '../../../lib/db';
import { createClient } from '../../../lib/microsoft';
import { type Counted, ensureLists, type TeamLists } from '../../../lib/team/graph';
import { syncTeam, type TeamSyncDeps } from '../../../lib/team/sync';
import { addSite } from '../../contract/graph-lists';
import { type ContractServer, startContractServer } from '../../contract/server';

export interface Profile {
  name: string;
  factory: IDBFactory;
}

let current: Profile | undefined;

/** Makes `p` the profile lib/db talks to. */
export async function use(p: Profile): Promise<void> {
  if (current === p) return;
  await closeDb();
  globalThis.indexedDB = p.factory;
  current = p;
}

export const profile = (name: string): Profile => ({ name, factory: new IDBFactory() });

export async function team() {
  const server = await startContractServer({
    clientId: 'c',
    extensionId: 'e',
    maxRequests: 200_000,
    lifetimeMs: 10 * 60_000,
  });
  server.contract.tokens.set('graph-token', {
    resource: 'https://graph.microsoft.com',
    expires: Date.now() + 3_600_000,
  });
  const site = addSite(server.contract, 'contoso.sharepoint.com', '/sites/Partners', 'Partners');
  const client = createClient(
    { token: async () => ({ ok: true, value: 'graph-token' }) },
    {
      fetch: (input, init) => fetch(server.urlFor(String(input)), init),
      sleep: async () => {},
    },
  );
  const counted: Counted = { client, requests: 0 };
  const made = await ensureLists(counted, {
    id: site.id,
    displayName: 'Partners',
    webUrl: 'https://contoso.sharepoint.com/sites/Partners',
  });
  if (!made.ok) throw new Error(made.error.message);
  const lists: TeamLists = made.value;
  const slept: number[] = [];
  const sync = async (p: Profile, more: Partial<TeamSyncDeps> = {}) => {
    await use(p);
    return syncTeam(client, lists, {
      me: p.name,
      sleep: async (ms) => {
        slept.push(ms);
      },
      ...more,
    });
  };
  return { server, lists, client, sync, slept, close: () => server.close() };
}

export type Team = Awaited<ReturnType<typeof team>>;

/** What a profile holds, without volatile parts: for "both see the same list". */
export async function snapshot(p: Profile) {
  await use(p);
  const db = await getDb();
  const customers = (await db.getAll('customers')).sort((a, b) => a.id.localeCompare(b.id));
  const invitations = (await db.getAll('invitations')).sort((a, b) => a.id.localeCompare(b.id));
  const latest = (await db.getAll('latest')).sort((a, b) =>
    a.customerId.localeCompare(b.customerId),
  );
  return { customers, invitations, latest };
}

export async function outboxOf(p: Profile) {
  await use(p);
  return (await getDb()).getAll('outbox');
}

export type { ContractServer };
