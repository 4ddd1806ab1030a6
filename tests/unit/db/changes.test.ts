import { afterEach, describe, expect, it } from 'vitest';
import {
  addNote,
  changeStatus,
  closeDb,
  type DbChange,
  deleteCustomer,
  getCustomer,
  onDbChange,
  putAll,
  recordFollowUp,
  setTeamState,
  upsertCustomer,
} from '../../../lib/db';
import { customerRecord, invitationRecord, T } from './fixtures';

afterEach(closeDb);

/** Collects every change announced while `run` runs (and shortly after). */
async function announced(run: () => Promise<unknown>): Promise<DbChange[]> {
  const seen: DbChange[] = [];
  const stop = onDbChange((change) => seen.push(change));
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    stop();
  }
  return seen;
}

describe('changes are announced once committed', () => {
  it('names the customer a write touched', async () => {
    await putAll({ customers: [customerRecord()], invitations: [invitationRecord()] });
    expect(await announced(() => changeStatus('i1', 'accepted'))).toEqual([
      { all: false, customers: ['c1'], fromHere: true },
    ]);
    expect(await announced(() => upsertCustomer({ id: 'c2', name: 'Fabrikam' }))).toEqual([
      { all: false, customers: ['c2'], fromHere: true },
    ]);
    expect(await announced(() => deleteCustomer('c2'))).toEqual([
      { all: false, customers: ['c2'], fromHere: true },
    ]);
  });

  it('a batch write is announced as everything', async () => {
    expect(
      await announced(() => putAll({ customers: [customerRecord()], invitations: [] })),
    ).toEqual([{ all: true, fromHere: true }]);
  });

  it('a refused write and a read announce nothing', async () => {
    await putAll({ customers: [customerRecord()], invitations: [invitationRecord()] });
    expect(await announced(() => changeStatus('i1', 'draft'))).toEqual([]);
    expect(await announced(() => recordFollowUp('nope'))).toEqual([]);
    expect(await announced(() => getCustomer('c1'))).toEqual([]);
  });

  it("a write to no store a page shows (the team sync's own state) announces nothing", async () => {
    expect(
      (await announced(() => setTeamState('delta:customers', 'https://x.example/d'))).length,
    ).toBe(0);
    // A write to the stores the pages show still is announced.
    expect(await announced(() => upsertCustomer({ id: 'c3', name: 'Adatum' }))).toHaveLength(1);
  });

  it("ignores other messages on the channel and tells another page's writes", async () => {
    const seen = await announced(async () => {
      const other = new BroadcastChannel('csp-reseller-invitations/changes');
      other.postMessage({ all: 'yes' });
      other.postMessage('hello');
      // Another page's write: not from here.
      other.postMessage({ all: false, customers: ['c9'], source: 'elsewhere' });
      other.close();
    });
    expect(seen).toEqual([{ all: false, customers: ['c9'], fromHere: false }]);
  });
});

describe('addNote', () => {
  it('appends dated entries and keeps the undated notes beside them', async () => {
    await putAll({ customers: [customerRecord({ notes: 'old text' })], invitations: [] });
    await addNote('c1', { text: ' Called Anna ', author: 'Jan', at: T + 5000 });
    const r = await addNote('c1', { text: 'Sent the link again', author: '', at: T + 6000 });
    expect(r.ok && r.value.noteEntries).toEqual([
      { at: T + 5000, author: 'Jan', text: 'Called Anna' },
      { at: T + 6000, author: '', text: 'Sent the link again' },
    ]);
    expect(r.ok && r.value.notes).toBe('old text');
    expect(r.ok && r.value.updatedAt).toBe(T + 6000);
  });

  it('refuses an empty note and writes nothing', async () => {
    await putAll({ customers: [customerRecord()], invitations: [] });
    const r = await addNote('c1', { text: '   ', author: 'Jan' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const stored = await getCustomer('c1');
    expect(stored.ok && stored.value.noteEntries).toBeUndefined();
  });

  it('two notes saved at once both stay', async () => {
    await putAll({ customers: [customerRecord()], invitations: [] });
    await Promise.all([
      addNote('c1', { text: 'one', author: 'A', at: T + 5000 }),
      addNote('c1', { text: 'two', author: 'B', at: T + 5001 }),
    ]);
    const stored = await getCustomer('c1');
    expect(stored.ok && stored.value.noteEntries?.map((n) => n.text).sort()).toEqual([
      'one',
      'two',
    ]);
  });
});
