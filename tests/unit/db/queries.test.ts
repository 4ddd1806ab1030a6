import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, findCustomers, upsertCustomer } from '../../../lib/db';
import { customerRecord, invitationRecord, putRaw, T } from './fixtures';

afterEach(closeDb);

const NAMES = ['Delta', 'alpha', 'Charlie', 'Écho', 'bravo'];

async function seedNames() {
  // updatedAt follows the order of NAMES: Delta oldest, bravo newest.
  for (const [i, name] of NAMES.entries()) {
    const r = await upsertCustomer({ name }, T + 1000 + i);
    if (!r.ok) throw new Error(r.error.message);
  }
}

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
