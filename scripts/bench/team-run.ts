// The team sync's budgets (docs/ARCHITECTURE.md, "Budgets"): lib/team against the
// contract server, in Node with fake-indexeddb (not Chromium's IndexedDB), two
// profiles. Bundled and run by scripts/bench/team.mjs; prints JSON rows.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDb, putAll, upsertCustomer } from '../../lib/db';
import { createClient } from '../../lib/microsoft';
import { ensureLists } from '../../lib/team/graph';
import { syncTeam } from '../../lib/team/sync';
import { addSite } from '../../tests/contract/graph-lists';
import { startContractServer } from '../../tests/contract/server';

const CUSTOMERS = Number(process.env.TEAM_CUSTOMERS ?? 10_000);
const INVITATIONS = CUSTOMERS * 2;
const T = Date.UTC(2024, 0, 1);
const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation';

function records() {
  const customers = Array.from({ length: CUSTOMERS }, (_, n) => ({
    id: `c${n}`,
    name: `Customer ${n} BV`,
    nameKey: `customer ${n} bv`,
    contactName: `Contact ${n}`,
    contactEmail: `it${n}@customer${n}.example`,
    domain: `customer${n}.example`,
    cloud: 'public' as const,
    notes: '',
    createdAt: T + n * 1000,
    updatedAt: T + n * 1000,
  }));
  const invitations = Array.from({ length: INVITATIONS }, (_, n) => ({
    id: `i${n}`,
    customerId: `c${n % CUSTOMERS}`,
    relationshipType: 'direct' as const,
    purpose: 'new-relationship' as const,
    cloud: 'public' as const,
    adminPrivileges: false,
    link: LINK,
    language: 'en' as const,
    subject: 'Reseller relationship request',
    text: `Please accept: ${LINK}`,
    status: 'sent' as const,
    history: [{ status: 'sent' as const, at: T + n * 500 }],
    createdAt: T + n * 500,
    sentAt: T + n * 500,
  }));
  return { customers, invitations };
}

const server = await startContractServer({
  clientId: 'c',
  extensionId: 'e',
  maxRequests: 1_000_000,
  lifetimeMs: 30 * 60_000,
});
server.contract.tokens.set('graph-token', {
  resource: 'https://graph.microsoft.com',
  expires: Date.now() + 3_600_000,
});
const site = addSite(server.contract, 'contoso.sharepoint.com', '/sites/Partners', 'Partners');
const client = createClient(
  { token: async () => ({ ok: true, value: 'graph-token' }) },
  { fetch: (input, init) => fetch(server.urlFor(String(input)), init), sleep: async () => {} },
);
const made = await ensureLists(
  { client, requests: 0 },
  { id: site.id, displayName: 'Partners', webUrl: 'https://contoso.sharepoint.com/sites/Partners' },
);
if (!made.ok) throw new Error(made.error.message);
const lists = made.value;
const a = new IDBFactory();
const b = new IDBFactory();
const use = async (f: IDBFactory) => {
  await closeDb();
  globalThis.indexedDB = f;
};

const rows: { what: string; requests: number; ms: number; records: number }[] = [];
async function run(what: string, me: string) {
  const start = performance.now();
  const r = await syncTeam(client, lists, { me });
  const ms = performance.now() - start;
  if (!r.ok) throw new Error(`${what}: ${r.error.message}`);
  rows.push({ what, requests: r.value.requests, ms, records: r.value.pushed + r.value.pulled });
}

await use(a);
const seeded = await putAll(records());
if (!seeded.ok) throw new Error(seeded.error.message);
await run(`initial sync, sending ${CUSTOMERS} / ${INVITATIONS}`, 'Ann');
await use(b);
await run(`initial sync, receiving ${CUSTOMERS} / ${INVITATIONS} (new profile)`, 'Bob');
await use(a);
await run('next sync of the sender (reads its own items back once)', 'Ann');
for (let n = 0; n < 10; n++)
  await upsertCustomer({
    id: `c${n * 97}`,
    name: `Customer ${n * 97} BV`,
    domain: `new${n}.example`,
  });
await run('incremental sync, 10 changes sent', 'Ann');
await use(b);
await run('incremental sync, 10 changes received', 'Bob');
await closeDb();
await server.close();
console.log(JSON.stringify(rows));
