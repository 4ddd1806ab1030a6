// Apply writes against what is stored at that moment, not what the preview read
// (lib/db/apply-plan.ts): changes made in another tab between preview and Apply are
// kept, deletions stay, and a plan that no longer fits writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import {
  changeStatus,
  closeDb,
  deleteCustomer,
  exportAll,
  recordSentInvitation,
  upsertCustomer,
} from '../../../lib/db';
import {
  applyCustomerCsv,
  applyReconcile,
  previewCustomerCsv,
  reconcilePartnerCenterCsv,
} from '../../../lib/transfer';
import { customer, DAY, invitation, NOW, seed, snapshot, value } from './records';

afterEach(closeDb);

const CONTOSO_ID = '3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a';
const FABRIKAM_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const PC = `Microsoft ID,Company name,Primary domain name,Relationship\r\n${CONTOSO_ID},Contoso,contoso.com,Cloud Reseller\r\n${FABRIKAM_ID},Fabrikam,fabrikam.com,Cloud Reseller\r\n`;

async function seedTwo() {
  await seed(
    [
      customer({ id: 'c', name: 'Contoso', domain: 'contoso.com', notes: 'old' }),
      customer({ id: 'f', name: 'Fabrikam', domain: 'fabrikam.com' }),
    ],
    [invitation({ id: 'ic', customerId: 'c' }), invitation({ id: 'if', customerId: 'f' })],
  );
}

const stored = async () => {
  const all = value(await exportAll());
  return {
    customers: Object.fromEntries(all.customers.map((c) => [c.id, c])),
    invitations: Object.fromEntries(all.invitations.map((i) => [i.id, i])),
  };
};

describe('Partner Center reconcile, applied after changes elsewhere', () => {
  it('keeps notes typed in another tab between the preview and Apply (item 2)', async () => {
    await seedTwo();
    const plan = value(await reconcilePartnerCenterCsv(PC, { now: NOW }));
    value(await upsertCustomer({ id: 'c', name: 'Contoso', notes: 'typed meanwhile' }, NOW + 1));
    const applied = value(await applyReconcile(plan, { now: NOW + 2 }));
    const { customers, invitations } = await stored();
    expect(customers.c).toMatchObject({ notes: 'typed meanwhile', tenantId: CONTOSO_ID });
    expect(invitations.ic?.status).toBe('accepted');
    expect(applied).toEqual({ accepted: 2, tenantIdsStored: 2, leftDeleted: 0 });
  });

  it('leaves a customer deleted after the preview deleted, and applies the rest', async () => {
    await seedTwo();
    const plan = value(await reconcilePartnerCenterCsv(PC, { now: NOW }));
    value(await deleteCustomer('c'));
    expect(value(await applyReconcile(plan, { now: NOW + 2 }))).toEqual({
      accepted: 1,
      tenantIdsStored: 1,
      leftDeleted: 1,
    });
    const { customers, invitations } = await stored();
    expect(Object.keys(customers)).toEqual(['f']);
    expect(Object.keys(invitations)).toEqual(['if']);
    expect(invitations.if?.status).toBe('accepted');
  });

  it('writes nothing when a newer invitation was recorded after the preview', async () => {
    await seedTwo();
    const plan = value(await reconcilePartnerCenterCsv(PC, { now: NOW }));
    value(
      await recordSentInvitation({
        customer: { id: 'c', name: 'Contoso' },
        invitation: { ...invitation({ id: 'x', customerId: 'c' }), id: 'newer' },
        channel: 'gmail',
        at: NOW + DAY / 2,
      }),
    );
    const before = await snapshot();
    const r = await applyReconcile(plan, { now: NOW + DAY });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'changed-since-preview',
        message: expect.stringMatching(
          /Row 2 \(Contoso\): a newer invitation was recorded after the file was read/,
        ),
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a planned invitation changed status meanwhile, and says which', async () => {
    await seedTwo();
    const plan = value(await reconcilePartnerCenterCsv(PC, { now: NOW }));
    value(await changeStatus('if', 'cancelled', { at: NOW + 1 }));
    const before = await snapshot();
    const r = await applyReconcile(plan, { now: NOW + 2 });
    expect(!r.ok && r.error.message).toMatch(
      /Row 3 \(Fabrikam\): its status changed after the file was read/,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('customer CSV import, applied after changes elsewhere (item 3)', () => {
  const CSV =
    'Name,Domain,Contact name\r\nContoso,contoso.com,Anna\r\nFabrikam,fabrikam.com,Bob\r\nNorthwind,northwind.com,\r\n';

  it('keeps notes edited after the preview when the file has no notes', async () => {
    await seedTwo();
    const preview = value(await previewCustomerCsv(CSV));
    value(await upsertCustomer({ id: 'c', name: 'Contoso', notes: 'typed meanwhile' }, NOW + 1));
    value(await applyCustomerCsv(preview, { now: NOW + 2 }));
    const { customers } = await stored();
    expect(customers.c).toMatchObject({ notes: 'typed meanwhile', contactName: 'Anna' });
  });

  it('does not bring back a customer deleted after the preview', async () => {
    await seedTwo();
    const preview = value(await previewCustomerCsv(CSV));
    value(await deleteCustomer('f'));
    expect(value(await applyCustomerCsv(preview, { now: NOW + 2 }))).toEqual({
      created: 1,
      updated: 1,
      skipped: 0,
      leftDeleted: 1,
    });
    const { customers, invitations } = await stored();
    expect(customers.f).toBeUndefined();
    expect(invitations.if).toBeUndefined();
    expect(
      Object.values(customers)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Contoso', 'Northwind']);
  });

  it('writes nothing when a field the file fills was changed meanwhile', async () => {
    await seedTwo();
    const preview = value(
      await previewCustomerCsv('Name,Domain,Notes\r\nContoso,contoso.com,from the file\r\n'),
    );
    value(await upsertCustomer({ id: 'c', name: 'Contoso', notes: 'typed meanwhile' }, NOW + 1));
    const before = await snapshot();
    const r = await applyCustomerCsv(preview, { now: NOW + 2 });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'changed-since-preview',
        message: expect.stringMatching(
          /^Nothing was written: .*Row 2 \(Contoso\): its notes changed after the file was read/,
        ),
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a new row now matches a customer added after the preview', async () => {
    await seedTwo();
    const preview = value(await previewCustomerCsv(CSV));
    value(await upsertCustomer({ name: 'Northwind', domain: 'northwind.com' }, NOW + 1));
    const before = await snapshot();
    const r = await applyCustomerCsv(preview, { now: NOW + 2 });
    expect(!r.ok && r.error).toEqual({
      code: 'changed-since-preview',
      message: expect.stringMatching(
        /Row 4 \(Northwind\): it matches Northwind, added after the file was read/,
      ),
    });
    expect(await snapshot()).toEqual(before);
  });
});
