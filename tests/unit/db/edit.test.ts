// Item 4: an edit carries the version it started from (lib/db/edit.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, deleteCustomer, editCustomer, upsertCustomer } from '../../../lib/db';
import { customerRecord, putRaw, readAll, T } from './fixtures';

afterEach(closeDb);

const opened = customerRecord({ contactEmail: 'it@contoso.com', domain: 'contoso.com' });

describe('editCustomer', () => {
  it('saves over the version it opened and returns the next one', async () => {
    await putRaw('customers', opened);
    const r = await editCustomer(
      'c1',
      { notes: 'Call Monday' },
      { basedOn: opened.updatedAt, now: T + 5000 },
    );
    expect(r).toEqual({
      ok: true,
      value: { ...opened, notes: 'Call Monday', updatedAt: T + 5000 },
    });
  });

  it('refuses to save over notes saved in another tab meanwhile, and keeps those', async () => {
    await putRaw('customers', opened);
    // Tab A saves first; tab B still has the version both opened.
    const a = await editCustomer('c1', { notes: 'from A' }, { basedOn: opened.updatedAt });
    expect(a.ok).toBe(true);
    const b = await editCustomer('c1', { notes: 'from B' }, { basedOn: opened.updatedAt });
    expect(b).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/changed elsewhere .* Reload/) },
    });
    expect((await readAll()).customers).toEqual([a.ok && a.value]);
  });

  it('refuses to save a customer deleted in another tab, and does not bring it back', async () => {
    await putRaw('customers', opened);
    expect((await deleteCustomer('c1')).ok).toBe(true);
    const r = await editCustomer('c1', { notes: 'too late' }, { basedOn: opened.updatedAt });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: expect.stringMatching(/was deleted .* nothing was saved/),
      },
    });
    expect((await readAll()).customers).toEqual([]);
  });

  it('sees a change made in the same millisecond: every write makes a later version', async () => {
    await putRaw('customers', opened);
    const now = opened.updatedAt; // a clock that did not move, or went back
    const done = await upsertCustomer({ id: 'c1', name: 'Contoso', contactName: 'Anna' }, now);
    expect(done.ok && done.value.customer.updatedAt).toBe(opened.updatedAt + 1);
    const r = await editCustomer('c1', { notes: 'x' }, { basedOn: opened.updatedAt, now });
    expect(!r.ok && r.error.code).toBe('conflict');
  });

  it('refuses notes longer than the Notes box allows', async () => {
    await putRaw('customers', opened);
    const r = await editCustomer(
      'c1',
      { notes: 'x'.repeat(20_001) },
      { basedOn: opened.updatedAt },
    );
    expect(!r.ok && r.error).toEqual({
      code: 'invalid-input',
      message: expect.stringContaining('"notes" is longer than 20000'),
    });
  });
});
