import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  DB_VERSION,
  exportAll,
  getDb,
  listLatestByStatus,
  readListChunk,
} from '../../../lib/db';
import { customerRecord, invitationRecord, T } from './fixtures';
import { writeReleasedDatabase } from './released-layouts';

afterEach(closeDb);

const customers = [
  customerRecord({ id: 'c1', name: 'Café Zürich', nameKey: 'cafe zurich' }),
  customerRecord({ id: 'c2', name: 'Contoso', nameKey: 'contoso', notes: 'call Anna' }),
  customerRecord({ id: 'c3', name: 'No invitations yet', nameKey: 'no invitations yet' }),
];
const invitations = [
  invitationRecord({ id: 'i1', customerId: 'c1', sentAt: T + 1000, createdAt: T + 900 }),
  invitationRecord({
    id: 'i2',
    customerId: 'c1',
    status: 'accepted',
    sentAt: T + 5000,
    createdAt: T + 4000,
    history: [
      { status: 'sent', at: T + 5000 },
      { status: 'accepted', at: T + 6000, note: 'Partner Center export' },
    ],
  }),
  invitationRecord({ id: 'i3', customerId: 'c2', sentAt: T + 3000, createdAt: T + 3000 }),
];

describe('a database written by version 1 opened by the current version', () => {
  it('keeps every record, and fills the latest-invitation summaries', async () => {
    await writeReleasedDatabase(1, { customers, invitations });

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const all = await exportAll();
    expect(all).toEqual({ ok: true, value: { customers, invitations, invalid: [] } });

    const chunk = await readListChunk(undefined);
    expect(chunk.ok && chunk.value.customers).toEqual(customers);
    expect(chunk.ok && chunk.value.latest).toEqual([
      expect.objectContaining({
        customerId: 'c1',
        invitationId: 'i2',
        status: 'accepted',
        previousStatus: 'sent',
        changedAt: T + 6000,
        count: 2,
      }),
      expect.objectContaining({ customerId: 'c2', invitationId: 'i3', status: 'sent', count: 1 }),
    ]);
    const sent = await listLatestByStatus('sent');
    expect(sent.ok && sent.value.map((l) => l.customerId)).toEqual(['c2']);
  });

  it('keeps a damaged record as it was and leaves it out of the summaries', async () => {
    const damaged = { id: 'bad', customerId: 'c2', status: 'sent', sentAt: T + 9999 };
    await writeReleasedDatabase(1, { customers, invitations: [...invitations, damaged] });

    const db = await getDb();
    expect(await db.get('invitations', 'bad')).toEqual(damaged);
    const sent = await listLatestByStatus('sent');
    expect(sent.ok && sent.value).toEqual([
      expect.objectContaining({ customerId: 'c2', invitationId: 'i3' }),
    ]);
  });

  it('opens an empty version 1 database', async () => {
    await writeReleasedDatabase(1, { customers: [], invitations: [] });
    const all = await exportAll();
    expect(all).toEqual({ ok: true, value: { customers: [], invitations: [], invalid: [] } });
  });
});
