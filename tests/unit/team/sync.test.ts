// The team sync, two profiles through the contract server (tests/contract/graph-lists.ts):
// every case of the merge table converges on both, and no fault loses the outbox.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNote,
  changeStatus,
  closeDb,
  deleteCustomer,
  getCustomer,
  putAll,
  upsertCustomer,
} from '../../../lib/db';
import { deleteList, editItem, expireTokens, findList } from '../../contract/graph-lists';
import { customerRecord, invitationRecord, T } from '../db/fixtures';
import { outboxOf, type Profile, profile, snapshot, type Team, team, use } from './two-profiles';

let t: Team;
let ann: Profile;
let bob: Profile;

beforeEach(async () => {
  t = await team();
  ann = profile('Ann');
  bob = profile('Bob');
});
afterEach(async () => {
  await closeDb();
  await t.close();
});

const C1 = customerRecord({ id: 'c1', name: 'Contoso', nameKey: 'contoso', contactName: 'Kim' });
const I1 = invitationRecord({ id: 'i1', customerId: 'c1' });

async function seedAndShare() {
  await use(ann);
  expect((await putAll({ customers: [C1], invitations: [I1] })).ok).toBe(true);
  const first = await t.sync(ann);
  expect(first.ok, JSON.stringify(first)).toBe(true);
  const second = await t.sync(bob);
  expect(second.ok, JSON.stringify(second)).toBe(true);
}

async function expectConverged() {
  expect(await snapshot(bob)).toEqual(await snapshot(ann));
}

const customer = async (p: Profile, id = 'c1') => {
  await use(p);
  const got = await getCustomer(id);
  return got.ok ? got.value : undefined;
};

describe('team sync: two profiles', () => {
  it("a profile's first sync brings the team's customers and invitations, summaries included", async () => {
    await seedAndShare();
    const bobs = await snapshot(bob);
    expect(bobs.customers).toEqual([C1]);
    expect(bobs.invitations).toEqual([I1]);
    expect(bobs.latest).toHaveLength(1);
    await expectConverged();
    expect(await outboxOf(ann)).toEqual([]);
    expect(await outboxOf(bob)).toEqual([]);
    expect(findList(t.server.contract, 'CSP customers')!.items.size).toBe(1);
  });

  it('both edit different fields of one customer offline: both see both edits', async () => {
    await seedAndShare();
    await use(ann);
    await upsertCustomer({ id: 'c1', name: 'Contoso', contactName: 'Kim de Vries' }, T + 60_000);
    await use(bob);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'contoso.nl' }, T + 120_000);
    expect((await t.sync(ann)).ok).toBe(true);
    expect((await t.sync(bob)).ok).toBe(true);
    expect((await t.sync(ann)).ok).toBe(true);
    expect(await customer(ann)).toMatchObject({
      contactName: 'Kim de Vries',
      domain: 'contoso.nl',
    });
    await expectConverged();
    expect(await outboxOf(bob)).toEqual([]);
  });

  it("a colleague writes between this profile's read and write: 412, re-read, merged, both kept", async () => {
    await seedAndShare();
    await use(bob);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'contoso.nl' }, T + 120_000);
    const item = [...findList(t.server.contract, 'CSP customers')!.items.values()][0]!;
    let raced = false;
    const r = await t.sync(bob, {
      onProgress: (p) => {
        if (raced || p.phase !== 'pull' || p.kind !== 'invitation') return;
        raced = true;
        // Ann's edit of another field lands now, after Bob read the list.
        editItem(t.server.contract, 'CSP customers', item.id, (fields) => {
          const csp = JSON.parse(String(fields.CspRecord));
          csp.doc.fields.contactName = 'Kim de Vries';
          csp.doc.times.contactName = Date.now();
          csp.doc.by.contactName = 'Ann';
          fields.CspRecord = JSON.stringify(csp);
        });
      },
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(r.ok && r.value.notices).toEqual([]);
    expect(r.ok && r.value.conflicts).toBe(1);
    expect(await customer(bob)).toMatchObject({
      contactName: 'Kim de Vries',
      domain: 'contoso.nl',
    });
    await t.sync(ann);
    await expectConverged();
    expect(await outboxOf(bob)).toEqual([]);
  });

  it('both add notes offline: both notes kept on both', async () => {
    await seedAndShare();
    await use(ann);
    await addNote('c1', { text: 'Ann called', author: 'Ann', at: T + 60_000 });
    await use(bob);
    await addNote('c1', { text: 'Bob mailed', author: 'Bob', at: T + 30_000 });
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect((await customer(ann))?.noteEntries?.map((n) => n.text)).toEqual([
      'Bob mailed',
      'Ann called',
    ]);
    await expectConverged();
  });

  it('one deletes while the other edits earlier: the delete wins on both', async () => {
    await seedAndShare();
    await use(bob);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'contoso.nl' });
    await new Promise((r) => setTimeout(r, 5));
    await use(ann);
    expect((await deleteCustomer('c1')).ok).toBe(true);
    await t.sync(bob);
    await t.sync(ann);
    await t.sync(bob);
    expect(await customer(ann)).toBeUndefined();
    expect(await customer(bob)).toBeUndefined();
    await expectConverged();
    expect((await snapshot(bob)).invitations).toEqual([]);
  });

  it('one deletes, the other edits later: the record stays on both, with the edit', async () => {
    await seedAndShare();
    await use(ann);
    expect((await deleteCustomer('c1')).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    await use(bob);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'contoso.nl' });
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect(await customer(ann)).toMatchObject({ domain: 'contoso.nl' });
    await expectConverged();
  });

  it('one deletes, the other adds a note later: the record stays on both, with the note', async () => {
    await seedAndShare();
    await use(ann);
    expect((await deleteCustomer('c1')).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    await use(bob);
    expect((await addNote('c1', { text: 'Still a customer', author: 'Bob' })).ok).toBe(true);
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect((await customer(ann))?.noteEntries?.map((n) => n.text)).toEqual(['Still a customer']);
    await expectConverged();
  });

  it('one clears a field, the other edits another one: both see the field cleared and the edit', async () => {
    await seedAndShare();
    await use(ann);
    await upsertCustomer({ id: 'c1', name: 'Contoso', contactName: '' });
    await use(bob);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'contoso.nl' });
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect(await customer(ann)).toMatchObject({ contactName: '', domain: 'contoso.nl' });
    expect(await customer(bob)).toMatchObject({ contactName: '', domain: 'contoso.nl' });
    await expectConverged();
  });

  it('both change the same field offline: the later change wins on both', async () => {
    await seedAndShare();
    await use(bob);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'bob.example' });
    await new Promise((r) => setTimeout(r, 5));
    await use(ann);
    await upsertCustomer({ id: 'c1', name: 'Contoso', domain: 'ann.example' });
    // Ann's is later, though Bob's reaches the list first.
    await t.sync(bob);
    await t.sync(ann);
    await t.sync(bob);
    expect(await customer(bob)).toMatchObject({ domain: 'ann.example' });
    await expectConverged();
  });

  it('the same note on both (a shared import) is kept once', async () => {
    await seedAndShare();
    const same = { text: 'Agreed on the call', author: 'Ann', at: T + 70_000 };
    await use(ann);
    await addNote('c1', same);
    await use(bob);
    await addNote('c1', same);
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect((await customer(ann))?.noteEntries).toEqual([same]);
    await expectConverged();
  });

  it('both delete: deleted on both, the list keeps one tombstone', async () => {
    await seedAndShare();
    await use(ann);
    await deleteCustomer('c1');
    await use(bob);
    await deleteCustomer('c1');
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect(await customer(ann)).toBeUndefined();
    expect(await customer(bob)).toBeUndefined();
    await expectConverged();
    const items = [...findList(t.server.contract, 'CSP customers')!.items.values()];
    expect(items).toHaveLength(1);
    expect(items[0]!.fields.Deleted).toEqual(expect.any(String));
  });

  it('a new customer on each side: both get both, each once', async () => {
    await seedAndShare();
    await use(ann);
    await upsertCustomer({ id: 'c-ann', name: 'Adatum' });
    await use(bob);
    await upsertCustomer({ id: 'c-bob', name: 'Fabrikam' });
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    expect((await snapshot(ann)).customers.map((c) => c.id)).toEqual(['c-ann', 'c-bob', 'c1']);
    await expectConverged();
    expect(findList(t.server.contract, 'CSP customers')!.items.size).toBe(3);
  });

  it('a customer deleted while the other profile changed its invitation: no invitation is left without its customer', async () => {
    await seedAndShare();
    await use(ann);
    expect((await deleteCustomer('c1')).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    await use(bob);
    expect((await changeStatus('i1', 'accepted')).ok).toBe(true);
    await t.sync(ann);
    await t.sync(bob);
    await t.sync(ann);
    for (const p of [ann, bob]) {
      const held = await snapshot(p);
      expect(held.customers).toEqual([]);
      expect(held.invitations).toEqual([]);
      expect(held.latest).toEqual([]);
    }
  });

  it('a note removed from the list by hand comes back: notes are never lost, and the list is repaired in the same sync', async () => {
    await seedAndShare();
    await use(ann);
    await addNote('c1', { text: 'Keep me', author: 'Ann', at: T + 60_000 });
    await t.sync(ann);
    const item = [...findList(t.server.contract, 'CSP customers')!.items.values()][0]!;
    editItem(t.server.contract, 'CSP customers', item.id, (fields) => {
      const csp = JSON.parse(String(fields.CspRecord));
      csp.doc.sets.noteEntries = [];
      fields.CspRecord = JSON.stringify(csp);
    });
    const r = await t.sync(ann);
    expect(r.ok && r.value.pushed).toBe(1);
    const after = JSON.parse(String(item.fields.CspRecord));
    expect(after.doc.sets.noteEntries.map((n: { text: string }) => n.text)).toEqual(['Keep me']);
    await t.sync(bob);
    expect((await customer(bob))?.noteEntries?.map((n) => n.text)).toEqual(['Keep me']);
  });

  it('later syncs send only what changed', async () => {
    await seedAndShare();
    const quiet = await t.sync(ann);
    // Check both lists (1 $batch) and one delta page per list; nothing to send.
    expect(quiet.ok && quiet.value.requests).toBe(3);
    await use(ann);
    await addNote('c1', { text: 'One more', author: 'Ann', at: T + 90_000 });
    const one = await t.sync(ann);
    expect(one.ok && [one.value.pushed, one.value.requests]).toEqual([1, 4]);
  });
});

describe('team sync: faults keep the outbox', () => {
  async function pendingNote() {
    await seedAndShare();
    await use(ann);
    await addNote('c1', { text: 'Waiting', author: 'Ann', at: T + 60_000 });
    expect((await outboxOf(ann)).map((e) => e.customerId)).toEqual(['c1']);
  }

  it('throttled inside the batch (429, Retry-After): waits as told, then delivers', async () => {
    await pendingNote();
    t.server.inject({
      host: 'graph.microsoft.com#batch',
      path: /\/fields$/,
      times: 1,
      kind: 'status',
      status: 429,
      retryAfter: 3,
    });
    const r = await t.sync(ann);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(t.slept).toContain(3000);
    expect(await outboxOf(ann)).toEqual([]);
    await t.sync(bob);
    expect((await customer(bob))?.noteEntries?.map((n) => n.text)).toEqual(['Waiting']);
  });

  it('throttled past the bound (503 again and again): a clear message, the outbox kept', async () => {
    await pendingNote();
    t.server.inject({
      host: 'graph.microsoft.com#batch',
      path: /\/fields$/,
      times: 10,
      kind: 'status',
      status: 503,
      retryAfter: 1,
    });
    const r = await t.sync(ann);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/limiting requests \(503\).*kept here/);
    expect((await outboxOf(ann)).map((e) => e.customerId)).toEqual(['c1']);
  });

  it('permission lost (403): says so, the outbox kept; delivered once access is back', async () => {
    await pendingNote();
    t.server.inject({
      host: 'graph.microsoft.com',
      path: /\$batch$/,
      times: 1,
      kind: 'status',
      status: 403,
    });
    const r = await t.sync(ann);
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect(!r.ok && r.error.message).toMatch(/Edit \(member\) rights.*kept here/);
    expect((await outboxOf(ann)).map((e) => e.customerId)).toEqual(['c1']);
    expect((await t.sync(ann)).ok).toBe(true);
    expect(await outboxOf(ann)).toEqual([]);
  });

  it('the list deleted in SharePoint: says so, the outbox kept, nothing deleted here', async () => {
    await pendingNote();
    deleteList(t.server.contract, 'CSP customers');
    const r = await t.sync(ann);
    expect(!r.ok && r.error.code).toBe('list-gone');
    expect(!r.ok && r.error.message).toMatch(/“CSP customers” is gone/);
    expect((await outboxOf(ann)).map((e) => e.customerId)).toEqual(['c1']);
    expect(await customer(ann)).toMatchObject({ id: 'c1' });
  });

  it('the list renamed in SharePoint: a notice, and sharing goes on', async () => {
    await pendingNote();
    findList(t.server.contract, 'CSP customers')!.displayName = 'Klanten';
    const r = await t.sync(ann);
    expect(r.ok && r.value.notices.join(' ')).toMatch(/now called “Klanten”/);
    expect(await outboxOf(ann)).toEqual([]);
  });

  it('an expired delta token (410): the whole list read again, no duplicates', async () => {
    await pendingNote();
    expireTokens(t.server.contract);
    const r = await t.sync(ann);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(r.ok && r.value.notices.join(' ')).toMatch(/410/);
    expect(findList(t.server.contract, 'CSP customers')!.items.size).toBe(1);
    expect(findList(t.server.contract, 'CSP invitations')!.items.size).toBe(1);
    expect((await snapshot(ann)).customers).toHaveLength(1);
    expect(await outboxOf(ann)).toEqual([]);
  });

  it('the network gone mid-push: the outbox kept, and the next sync delivers', async () => {
    await pendingNote();
    t.server.inject({
      host: 'graph.microsoft.com',
      path: /\$batch$/,
      times: 1,
      skip: 1,
      kind: 'status',
      status: 500,
    });
    const r = await t.sync(ann);
    expect(r.ok).toBe(false);
    expect((await outboxOf(ann)).map((e) => e.customerId)).toEqual(['c1']);
    expect((await t.sync(ann)).ok).toBe(true);
    await t.sync(bob);
    await t.sync(ann);
    await expectConverged();
  });
});
