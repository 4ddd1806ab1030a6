import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, getCustomer, upsertCustomer } from '../../../lib/db';
import { customerRecord, putRaw, readAll, T } from './fixtures';

afterEach(closeDb);

async function created(name: string, more = {}, now = T + 1000) {
  const r = await upsertCustomer({ name, ...more }, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.customer;
}

describe('upsertCustomer', () => {
  it('creates a customer with computed keys, defaults and times', async () => {
    const r = await upsertCustomer(
      { name: 'Café Zürich', contactEmail: ' Anna@Cafe.CH ', domain: 'https://www.Cafe.ch/' },
      T + 5000,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        created: true,
        customer: expect.objectContaining({
          name: 'Café Zürich',
          nameKey: 'cafe zurich',
          contactEmail: 'anna@cafe.ch',
          domain: 'cafe.ch',
          cloud: 'public',
          notes: '',
          createdAt: T + 5000,
          updatedAt: T + 5000,
        }),
      },
    });
    const stored = await getCustomer(r.ok ? r.value.customer.id : '');
    expect(stored).toEqual({ ok: true, value: r.ok && r.value.customer });
  });

  it('updates by id, keeps createdAt and leaves undefined fields as they were', async () => {
    const first = await created('Contoso', { contactName: 'Anna', notes: 'VIP' }, T + 1000);
    const r = await upsertCustomer(
      { id: first.id, name: 'Contoso Ltd', notes: undefined },
      T + 9000,
    );
    expect(r.ok && r.value).toEqual({
      created: false,
      customer: {
        ...first,
        name: 'Contoso Ltd',
        nameKey: 'contoso ltd',
        updatedAt: T + 9000,
      },
    });
    expect((await readAll()).customers).toHaveLength(1);
  });

  it('creates under the given id when no customer has it', async () => {
    const r = await upsertCustomer({ id: 'chosen', name: 'Contoso' }, T + 1000);
    expect(r.ok && r.value.customer.id).toBe('chosen');
    expect(r.ok && r.value.created).toBe(true);
  });

  it('matches an existing customer by contact e-mail, whatever its case', async () => {
    const first = await created('Contoso', { contactEmail: 'anna@contoso.com' });
    const r = await upsertCustomer({ name: 'Contoso Nederland', contactEmail: 'ANNA@contoso.com' });
    expect(r.ok && r.value.created).toBe(false);
    expect(r.ok && r.value.customer.id).toBe(first.id);
    expect(r.ok && r.value.customer.name).toBe('Contoso Nederland');
    expect((await readAll()).customers).toHaveLength(1);
  });

  it('matches by name key when the e-mail is unknown', async () => {
    const first = await created('Café Zürich');
    const r = await upsertCustomer({ name: 'CAFE zurich', contactEmail: 'new@cafe.ch' });
    expect(r.ok && r.value.customer.id).toBe(first.id);
    expect(r.ok && r.value.customer.contactEmail).toBe('new@cafe.ch');
  });

  it('creates a second customer when neither e-mail nor name matches', async () => {
    await created('Contoso', { contactEmail: 'anna@contoso.com' });
    await created('Fabrikam', { contactEmail: 'bob@fabrikam.com' });
    expect((await readAll()).customers).toHaveLength(2);
  });

  it('refuses invalid input with invalid-input and writes nothing', async () => {
    const r = await upsertCustomer({ name: '' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('name') },
    });
    expect((await readAll()).customers).toEqual([]);
  });

  it('does not update a damaged stored record', async () => {
    await putRaw('customers', {
      ...customerRecord(),
      contactEmail: 'a@b.c',
      createdAt: 'yesterday',
    });
    const r = await upsertCustomer({ name: 'Contoso', contactEmail: 'a@b.c' });
    expect(!r.ok && r.error.code).toBe('invalid-record');
    expect((await readAll()).customers).toEqual([
      expect.objectContaining({ createdAt: 'yesterday' }),
    ]);
  });
});

describe('getCustomer', () => {
  it('says not-found for an unknown id', async () => {
    expect(await getCustomer('nobody')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No customer with id nobody.' },
    });
  });

  it('reports a stored record that fails the schema instead of returning it', async () => {
    await putRaw('customers', { ...customerRecord(), cloud: 'mars' });
    const r = await getCustomer('c1');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'invalid-record',
        message: expect.stringContaining('the field "cloud" must be one of'),
      },
    });
  });
});
