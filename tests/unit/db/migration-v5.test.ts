// Version 5 (the repair): records earlier versions stored that today's record
// check refuses are rewritten as the check wants them when nothing is lost, in the
// upgrade itself; what cannot be repaired stays exactly as it was, still counted
// as damaged, and records that were fine are not touched at all.
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, getDb, nameKeyOf, readDamagedRecords, readListChunk } from '../../../lib/db';
import {
  KEPT_NOTE_PREFIX,
  NOTES_CONTINUED,
  normaliseCustomer,
  normaliseInvitation,
} from '../../../lib/db/normalise';
import { CustomerRecordSchema, InvitationRecordSchema } from '../../../lib/db/record-schema';
import { RECORD_LIMITS } from '../../../lib/schema/records';
import { customerRecord, invitationRecord, T } from './fixtures';
import { writeReleasedDatabase } from './released-layouts';

afterEach(closeDb);

const L = RECORD_LIMITS;
const LINK = invitationRecord().link;
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const U = T + 10_000;

const legacy = (id: string, fields: Record<string, unknown>) => ({
  ...customerRecord({ id, updatedAt: U }),
  ...fields,
});
const note = (text: string) => ({ at: U, author: '', text });

const longName = `${'Northwind Traders '.repeat(20)}International`;
const longNotes = `${'n'.repeat(L.notes)}and the rest`;

/** Each legacy shape, and what the repair makes of it. */
const cases: { raw: Record<string, unknown>; repaired: Record<string, unknown> }[] = [
  {
    raw: legacy('country-name', { country: 'Netherlands' }),
    repaired: legacy('country-name', { country: 'NL' }),
  },
  {
    raw: legacy('country-lower', { country: 'nl' }),
    repaired: legacy('country-lower', { country: 'NL' }),
  },
  {
    raw: legacy('country-unknown', { country: 'Atlantis' }),
    repaired: {
      ...customerRecord({ id: 'country-unknown', updatedAt: U }),
      noteEntries: [note(`${KEPT_NOTE_PREFIX} country "Atlantis".`)],
    },
  },
  {
    raw: legacy('email-upper', { contactEmail: 'IT@Contoso.com', domain: 'CONTOSO.COM' }),
    repaired: legacy('email-upper', { contactEmail: 'it@contoso.com', domain: 'contoso.com' }),
  },
  {
    raw: legacy('email-refused', { contactEmail: 'a@b.c' }),
    repaired: legacy('email-refused', {
      contactEmail: '',
      noteEntries: [note(`${KEPT_NOTE_PREFIX} contact e-mail "a@b.c".`)],
    }),
  },
  {
    raw: legacy('notes-long', { notes: longNotes }),
    repaired: legacy('notes-long', {
      notes: 'n'.repeat(L.notes),
      noteEntries: [note(`${NOTES_CONTINUED}and the rest`)],
    }),
  },
  {
    raw: legacy('name-tab', {
      name: 'Fabrikam\tBV',
      nameKey: 'fabrikam bv',
      contactName: 'Ann\nde Vries',
    }),
    repaired: legacy('name-tab', {
      name: 'Fabrikam BV',
      nameKey: nameKeyOf('Fabrikam BV'),
      contactName: 'Ann de Vries',
    }),
  },
  {
    raw: legacy('name-long', { name: longName, nameKey: nameKeyOf(longName) }),
    repaired: legacy('name-long', {
      name: longName.slice(0, L.name).trimEnd(),
      nameKey: nameKeyOf(longName.slice(0, L.name)),
      noteEntries: [
        note(`${KEPT_NOTE_PREFIX} customer name "${longName}" (cut to ${L.name} characters).`),
      ],
    }),
  },
];

const good = [
  customerRecord({ id: 'good-1', name: 'Contoso', country: 'NL', contactEmail: 'it@contoso.com' }),
  // Fine as it is, with a field no schema knows: not rewritten, so it keeps it.
  { ...customerRecord({ id: 'good-2', name: 'Litware  Inc' }), legacyField: 'kept' },
];
/** Cannot be repaired: a name that is nothing but controls (no name is invented). */
const hopelessCustomer = legacy('hopeless', { name: '\t', nameKey: '', country: 'nl' });

const GOOD_INVITATION = invitationRecord({ id: 'i-good', customerId: 'good-1' });
const LINK_UPPER = LINK.replace('admin.microsoft.com', 'ADMIN.Microsoft.com');
const legacyInvitation = invitationRecord({
  id: 'i-link',
  customerId: 'country-name',
  link: LINK_UPPER,
  gdapLink: `<${GDAP}>`,
  sentAt: T + 5000,
  createdAt: T + 5000,
  history: [{ status: 'sent', at: T + 5000 }],
});
/** A link that does not parse must never become a live link: left, damaged. */
const javascriptInvitation = invitationRecord({
  id: 'i-js',
  customerId: 'good-1',
  link: 'javascript:alert(document.domain)',
  sentAt: T + 9000,
  createdAt: T + 9000,
});
/** Version 4's summary of good-1 (the valid invitation only). */
const GOOD_SUMMARY = {
  customerId: 'good-1',
  invitationId: 'i-good',
  status: 'sent',
  changedAt: T + 2000,
  createdAt: T + 2000,
  sentAt: T + 2000,
  adminPrivileges: false,
  cloud: 'public',
  purpose: 'new-relationship',
  language: 'en',
  count: 1,
};

const stored = {
  customers: [...cases.map((c) => c.raw), ...good, hopelessCustomer],
  invitations: [GOOD_INVITATION, legacyInvitation, javascriptInvitation],
  latest: [GOOD_SUMMARY],
};

const raw = async () => {
  const db = await getDb();
  return {
    customers: new Map((await db.getAll('customers')).map((c) => [c.id, c as unknown])),
    invitations: new Map((await db.getAll('invitations')).map((i) => [i.id, i as unknown])),
    latest: await db.getAll('latest'),
    outbox: (await db.getAll('outbox')).map((e) => e.customerId).sort(),
  };
};

describe('a version 4 database opened by version 5', () => {
  it('repairs what it can, exactly as expected', async () => {
    await writeReleasedDatabase(4, stored);
    const db = await getDb();
    expect(db.version).toBe(5);
    const after = await raw();
    for (const { raw: before, repaired } of cases) {
      expect(after.customers.get(before.id as string), before.id as string).toStrictEqual(repaired);
    }
    expect(after.invitations.get('i-link')).toStrictEqual({
      ...legacyInvitation,
      link: LINK,
      gdapLink: GDAP,
    });
  });

  it('lists the repaired customers, and the refused text is in their notes', async () => {
    await writeReleasedDatabase(4, stored);
    const chunk = await readListChunk(undefined);
    if (!chunk.ok) throw new Error(chunk.error.message);
    const listed = chunk.value.customers.map((c) => c.id).sort();
    expect(listed).toEqual([...cases.map((c) => c.raw.id), 'good-1', 'good-2'].sort());
    const byId = new Map(chunk.value.customers.map((c) => [c.id, c]));
    const notes = (id: string) => (byId.get(id)?.noteEntries ?? []).map((n) => n.text).join('\n');
    expect(notes('email-refused')).toContain('"a@b.c"');
    expect(notes('country-unknown')).toContain('"Atlantis"');
    expect(notes('name-long')).toContain(longName);
    expect(`${byId.get('notes-long')?.notes}${notes('notes-long')}`).toContain('and the rest');
  });

  it('leaves the records that were fine byte for byte, and the hopeless ones too', async () => {
    await writeReleasedDatabase(4, stored);
    const after = await raw();
    for (const record of [...good, hopelessCustomer]) {
      expect(after.customers.get(record.id)).toStrictEqual(record);
      expect(JSON.stringify(after.customers.get(record.id))).toBe(JSON.stringify(record));
    }
    expect(after.invitations.get('i-good')).toStrictEqual(GOOD_INVITATION);
    expect(after.invitations.get('i-js')).toStrictEqual(javascriptInvitation);

    const damaged = await readDamagedRecords();
    if (!damaged.ok) throw new Error(damaged.error.message);
    expect(damaged.value.map((d) => [d.store, d.key])).toEqual([
      ['customers', 'hopeless'],
      ['invitations', 'i-js'],
    ]);
    expect(damaged.value.map((d) => d.raw)).toStrictEqual([hopelessCustomer, javascriptInvitation]);
  });

  it('rewrites the summary of a customer whose invitation it repaired, and no other', async () => {
    await writeReleasedDatabase(4, stored);
    const { latest } = await raw();
    expect(latest).toHaveLength(2);
    expect(latest.find((s) => s.customerId === 'good-1')).toStrictEqual(GOOD_SUMMARY);
    expect(latest.find((s) => s.customerId === 'country-name')).toMatchObject({
      invitationId: 'i-link',
      status: 'sent',
      sentAt: T + 5000,
      gdapLink: GDAP,
      count: 1,
    });
  });

  it('queues every customer it rewrote for the team, and only those', async () => {
    await writeReleasedDatabase(4, stored);
    const before = Date.now();
    const db = await getDb();
    expect((await raw()).outbox).toEqual(cases.map((c) => c.raw.id as string).sort());
    for (const entry of await db.getAll('outbox')) expect(entry.at).toBeGreaterThanOrEqual(before);
  });

  it('leaves nothing a second repair would change: every repaired record passes and needs nothing more', async () => {
    await writeReleasedDatabase(4, stored);
    const after = await raw();
    for (const { raw: before } of cases) {
      const repaired = after.customers.get(before.id as string);
      expect(CustomerRecordSchema.safeParse(repaired).success, before.id as string).toBe(true);
      expect(normaliseCustomer(repaired), before.id as string).toBeUndefined();
    }
    const link = after.invitations.get('i-link');
    expect(InvitationRecordSchema.safeParse(link).success).toBe(true);
    expect(normaliseInvitation(link)).toBeUndefined();
  });
});

describe('a version 1 database opened by version 5', () => {
  it("summarises a repaired invitation after version 2's summaries", async () => {
    await writeReleasedDatabase(1, {
      customers: [customerRecord({ id: 'c1' })],
      invitations: [
        invitationRecord({ id: 'i1', customerId: 'c1' }),
        invitationRecord({ id: 'i2', customerId: 'c1', link: LINK_UPPER, sentAt: T + 5000 }),
      ],
    });

    const { latest, invitations } = await raw();
    expect(invitations.get('i2')).toMatchObject({ link: LINK });
    expect(latest).toEqual([expect.objectContaining({ invitationId: 'i2', count: 2 })]);
  });
});
