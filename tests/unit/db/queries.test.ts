import { afterEach, describe, expect, it } from 'vitest';
import {
  closeDb,
  findCustomers,
  recordHandover,
  recordSentInvitation,
  suggestCustomers,
  upsertCustomer,
} from '../../../lib/db';
import { draft, T } from './fixtures';

afterEach(closeDb);

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

describe('suggestCustomers', () => {
  it('gives each customer found with the summary of its latest invitation', async () => {
    await recordSentInvitation({
      customer: { name: 'Bakkerij de Zon', contactEmail: 'jan@zon.nl' },
      invitation: draft({ language: 'nl' }),
      channel: 'gmail',
      at: T + 5000,
    });
    await recordHandover({
      customer: { name: 'Bakkerij Brood', contactEmail: 'piet@brood.nl' },
      invitation: draft(),
      channel: 'clipboard',
      at: T + 6000,
    });
    await upsertCustomer({ name: 'Bakker zonder uitnodiging' }, T + 7000);

    const r = await suggestCustomers('bakk', 6);
    if (!r.ok) throw new Error(r.error.message);
    const byName = Object.fromEntries(r.value.items.map((s) => [s.customer.name, s.latest]));
    expect(Object.keys(byName).sort()).toEqual([
      'Bakker zonder uitnodiging',
      'Bakkerij Brood',
      'Bakkerij de Zon',
    ]);
    expect(byName['Bakkerij de Zon']).toMatchObject({
      status: 'sent',
      sentAt: T + 5000,
      language: 'nl',
    });
    expect(byName['Bakkerij Brood']).toMatchObject({ status: 'draft', createdAt: T + 6000 });
    expect(byName['Bakker zonder uitnodiging']).toBeUndefined();
    expect(await suggestCustomers('bakk', 0)).toMatchObject({ ok: false });
  });
});
