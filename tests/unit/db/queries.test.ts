import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  countByStatus,
  findCustomers,
  listCustomersPage,
  upsertCustomer,
} from '../../../lib/db';
import { customerRecord, invitationRecord, putRaw } from './fixtures';

afterEach(closeDb);

const NAMES = ['Delta', 'alpha', 'Charlie', 'Écho', 'bravo'];

async function seedNames() {
  // updatedAt follows the order of NAMES: Delta oldest, bravo newest.
  for (const [i, name] of NAMES.entries()) {
    const r = await upsertCustomer({ name }, 1000 + i);
    if (!r.ok) throw new Error(r.error.message);
  }
}

const names = (r: Awaited<ReturnType<typeof listCustomersPage>>) =>
  r.ok ? r.value.items.map((c) => c.name) : r.error;

describe('listCustomersPage', () => {
  it('sorts by name key, ignoring case and accents, and pages with offset and limit', async () => {
    await seedNames();
    expect(names(await listCustomersPage({ limit: 2 }))).toEqual(['alpha', 'bravo']);
    expect(names(await listCustomersPage({ offset: 2, limit: 2 }))).toEqual(['Charlie', 'Delta']);
    expect(names(await listCustomersPage({ offset: 4, limit: 2 }))).toEqual(['Écho']);
    expect(names(await listCustomersPage({ offset: 9 }))).toEqual([]);
  });

  it('sorts by last update, newest first with direction prev', async () => {
    await seedNames();
    const r = await listCustomersPage({ index: 'by-updated', direction: 'prev', limit: 3 });
    expect(names(r)).toEqual(['bravo', 'Écho', 'Charlie']);
    expect(r.ok && r.value.total).toBe(5);
  });

  it('reports a damaged record on the page instead of showing it', async () => {
    await seedNames();
    await putRaw('customers', { ...customerRecord({ id: 'bad', nameKey: 'aaa' }), cloud: 'mars' });
    const r = await listCustomersPage({ limit: 2 });
    expect(names(r)).toEqual(['alpha']);
    expect(r.ok && r.value.invalid).toEqual([
      { store: 'customers', key: 'bad', message: expect.stringContaining('cloud') },
    ]);
  });

  it('refuses a negative offset or a zero limit', async () => {
    expect(names(await listCustomersPage({ offset: -1 }))).toMatchObject({ code: 'invalid-input' });
    expect(names(await listCustomersPage({ limit: 0 }))).toMatchObject({ code: 'invalid-input' });
  });
});

describe('countByStatus', () => {
  it('counts every status, zero included', async () => {
    await putRaw('invitations', invitationRecord({ id: 'a', status: 'sent' }));
    await putRaw('invitations', invitationRecord({ id: 'b', status: 'sent' }));
    await putRaw('invitations', invitationRecord({ id: 'c', status: 'accepted' }));
    await putRaw('invitations', invitationRecord({ id: 'd', status: 'draft' }));
    expect(await countByStatus()).toEqual({
      ok: true,
      value: { draft: 1, sent: 2, accepted: 1, declined: 0, expired: 0, cancelled: 0, removed: 0 },
    });
  });
});

describe('findCustomers', () => {
  async function seed() {
    await upsertCustomer({
      name: 'Café Zürich',
      contactEmail: 'info@zurich-cafe.ch',
      domain: 'cafe.ch',
    });
    await upsertCustomer({
      name: 'Contoso',
      contactEmail: 'anna@contoso.com',
      domain: 'contoso.com',
    });
    await upsertCustomer({
      name: 'Fabrikam',
      contactEmail: 'bob@fabrikam.com',
      domain: 'fab.example',
    });
  }
  const found = async (prefix: string, limit?: number) => {
    const r = await findCustomers(prefix, limit);
    return r.ok ? r.value.items.map((c) => c.name) : r.error;
  };

  it.each([
    ['caf', ['Café Zürich']],
    ['CAFÉ Z', ['Café Zürich']],
    ['Café-Zü', ['Café Zürich']],
    ['anna@', ['Contoso']],
    ['Bob@Fab', ['Fabrikam']],
    ['fab.ex', ['Fabrikam']],
    ['@contoso.c', ['Contoso']],
    ['c', ['Café Zürich', 'Contoso']],
  ])('finds %j → %j', async (prefix, expected) => {
    await seed();
    expect(await found(prefix)).toEqual(expected);
  });

  it('matches the start of a key only: "zur" does not find "Café Zürich" (key "cafe zurich")', async () => {
    await seed();
    // Nor does its e-mail (info@zurich-cafe.ch) or domain start with "zur".
    expect(await found('zur')).toEqual([]);
    expect(await found('ontoso')).toEqual([]);
  });

  it('lists a customer once when several of its keys match', async () => {
    await upsertCustomer({
      name: 'Contoso',
      contactEmail: 'contoso@contoso.com',
      domain: 'contoso.com',
    });
    expect(await found('contoso')).toEqual(['Contoso']);
  });

  it('stops at the limit', async () => {
    for (const n of [1, 2, 3, 4]) await upsertCustomer({ name: `Contoso ${n}` });
    expect(await found('contoso', 3)).toEqual(['Contoso 1', 'Contoso 2', 'Contoso 3']);
  });

  it('finds nothing for an empty or punctuation-only prefix', async () => {
    await seed();
    expect(await found('')).toEqual([]);
    expect(await found('  ')).toEqual([]);
  });
});
