import { afterEach, describe, expect, it } from 'vitest';
import { changeStatus, closeDb, exportAll } from '../../../lib/db';
import {
  applyReconcile,
  detectImportKind,
  PARTNER_CENTER_NOTE,
  reconcilePartnerCenterCsv,
} from '../../../lib/transfer';
import { customer, DAY, fixture, invitation, NOW, seed, snapshot, value } from './records';

afterEach(closeDb);

// The tenant IDs of tests/fixtures/transfer/Customers.csv.
const NORTHWIND = '3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a';
const FABRIKAM = '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586';
const CONTOSO = 'c0ffee00-1234-4abc-8def-0123456789ab';
const CAFE = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const TAILSPIN = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const NOT_WOODGROVE = '0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a';

async function seedPartner() {
  await seed(
    [
      customer({ id: 'northwind', name: 'Northwind', tenantId: NORTHWIND }),
      customer({ id: 'fabrikam', name: 'Fabrikam Europe', domain: 'fabrikam.com' }),
      customer({ id: 'contoso', name: 'contoso bv' }),
      customer({ id: 'cafe', name: 'Café Zürich' }),
      customer({ id: 'adatum', name: 'Adatum Corporation' }),
      customer({ id: 'tailspin', name: 'Tailspin Toys', domain: 'tailspintoys.com' }),
      // Same name as a row, but a different tenant: another company.
      customer({ id: 'woodgrove', name: 'Woodgrove Bank', tenantId: NOT_WOODGROVE }),
    ],
    [
      invitation({ id: 'i-northwind', customerId: 'northwind' }),
      // An older accepted one and a newer sent one: only the latest counts.
      invitation({
        id: 'i-fabrikam-old',
        customerId: 'fabrikam',
        status: 'declined',
        sentAt: NOW - 60 * DAY,
      }),
      invitation({ id: 'i-fabrikam', customerId: 'fabrikam' }),
      // Expired is the partner's guess; the link kept working, so the acceptance is real.
      invitation({ id: 'i-contoso', customerId: 'contoso', status: 'expired' }),
      invitation({ id: 'i-cafe', customerId: 'cafe' }),
      invitation({ id: 'i-adatum', customerId: 'adatum', status: 'accepted' }),
      invitation({ id: 'i-tailspin', customerId: 'tailspin', status: 'draft' }),
      invitation({ id: 'i-woodgrove', customerId: 'woodgrove' }),
    ],
  );
}

describe('reconcilePartnerCenterCsv with a real-looking Customers.csv', () => {
  it('plans acceptances by tenant ID, domain and name, and lists the unmatched rows', async () => {
    await seedPartner();
    const before = await snapshot();
    const plan = value(await reconcilePartnerCenterCsv(fixture('Customers.csv'), { now: NOW }));
    expect(await snapshot()).toEqual(before); // planning writes nothing

    expect(
      plan.rows.map((r) => [r.rowNumber, r.companyName, r.outcome, r.customer?.id, r.matchedBy]),
    ).toEqual([
      [2, 'Northwind Traders', 'accept', 'northwind', 'tenant-id'],
      [3, 'Fabrikam, Inc.', 'accept', 'fabrikam', 'domain'],
      [4, 'Contoso B.V.', 'accept', 'contoso', 'name'],
      [5, 'Cafe Zurich', 'accept', 'cafe', 'name'],
      [6, 'Adatum Corporation', 'store-tenant-id', 'adatum', 'name'],
      [7, 'Tailspin Toys', 'store-tenant-id', 'tailspin', 'domain'],
      [8, 'Woodgrove Bank', 'unmatched', undefined, undefined],
      [9, 'Litware, Ltd.', 'unmatched', undefined, undefined],
      [10, '"Alpine Ski House" GmbH', 'unmatched', undefined, undefined],
    ]);
    expect(plan.unmatched.map((r) => r.companyName)).toEqual([
      'Woodgrove Bank',
      'Litware, Ltd.',
      '"Alpine Ski House" GmbH',
    ]);
    expect(plan.rows[2]?.message).toBe(
      'Row 4: Contoso B.V. matched contoso bv by name: invitation accepted, tenant ID stored.',
    );
    expect(plan.rows[4]?.message).toBe(
      'Row 6: Adatum Corporation matched Adatum Corporation by name: tenant ID stored.',
    );
    expect(plan.rows[6]?.message).toBe('Row 8: Woodgrove Bank matches no customer.');
    expect(plan.summary).toEqual({
      total: 9,
      accepted: 4,
      tenantIdsStored: 5,
      unchanged: 0,
      unmatched: 3,
      errors: 0,
    });
  });

  it('refuses a plan whose invitations changed after the preview, and changes nothing', async () => {
    await seedPartner();
    const plan = value(await reconcilePartnerCenterCsv(fixture('Customers.csv'), { now: NOW }));
    value(await changeStatus('i-fabrikam', 'cancelled', { at: NOW + 1 }));
    const before = await snapshot();

    const r = await applyReconcile(plan);
    expect(r).toMatchObject({ ok: false, error: { code: 'changed-since-preview' } });
    expect(await snapshot()).toEqual(before);
  });

  it('applies the plan: accepted with a Partner Center history entry, tenant IDs stored', async () => {
    await seedPartner();
    const plan = value(await reconcilePartnerCenterCsv(fixture('Customers.csv'), { now: NOW }));
    expect(value(await applyReconcile(plan, { now: NOW }))).toEqual({
      accepted: 4,
      tenantIdsStored: 5,
      leftDeleted: 0,
    });

    const { customers, invitations } = value(await exportAll());
    const inv = Object.fromEntries(invitations.map((i) => [i.id, i]));
    const cus = Object.fromEntries(customers.map((c) => [c.id, c]));
    expect(inv['i-fabrikam']?.status).toBe('accepted');
    expect(inv['i-fabrikam']?.history.at(-1)).toEqual({
      status: 'accepted',
      at: NOW,
      note: PARTNER_CENTER_NOTE,
    });
    expect(inv['i-fabrikam']?.sentAt).toBe(NOW - 10 * DAY);
    expect(inv['i-fabrikam-old']?.status).toBe('declined');
    expect(['i-northwind', 'i-contoso', 'i-cafe'].map((id) => inv[id]?.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect(inv['i-tailspin']?.status).toBe('draft');
    expect(inv['i-woodgrove']?.status).toBe('sent');
    expect(cus.fabrikam?.tenantId).toBe(FABRIKAM);
    expect(cus.contoso?.tenantId).toBe(CONTOSO);
    expect(cus.cafe?.tenantId).toBe(CAFE);
    expect(cus.tailspin).toMatchObject({ tenantId: TAILSPIN, updatedAt: NOW });
    expect(cus.northwind?.updatedAt).toBe(NOW - 100 * DAY); // had its tenant ID already
    expect(cus.woodgrove?.tenantId).toBe(NOT_WOODGROVE);
  });

  it('changes nothing the second time', async () => {
    await seedPartner();
    value(
      await applyReconcile(
        value(await reconcilePartnerCenterCsv(fixture('Customers.csv'), { now: NOW })),
      ),
    );
    const again = value(await reconcilePartnerCenterCsv(fixture('Customers.csv'), { now: NOW }));
    expect(again.summary).toMatchObject({ accepted: 0, tenantIdsStored: 0, unchanged: 6 });
  });

  it('accepts once when two rows match the same customer', async () => {
    await seed(
      [customer({ id: 'c', name: 'Contoso' })],
      [invitation({ id: 'i', customerId: 'c' })],
    );
    const plan = value(
      await reconcilePartnerCenterCsv(
        `Microsoft ID,Company name,Primary domain name,Relationship\n${CONTOSO},Contoso,,Cloud Reseller\n,"Contoso, Ltd",,Cloud Reseller\n`,
      ),
    );
    expect(plan.invitations).toHaveLength(1);
    expect(plan.rows[1]?.message).toMatch(/the same customer as row 2/);
  });

  it('flags a row whose Microsoft ID is not a GUID, and writes nothing for it', async () => {
    await seed(
      [customer({ id: 'c', name: 'Contoso' })],
      [invitation({ id: 'i', customerId: 'c' })],
    );
    const plan = value(
      await reconcilePartnerCenterCsv('Microsoft ID,Company name\nnot-a-guid,Contoso\n'),
    );
    expect(plan.rows[0]).toMatchObject({
      outcome: 'error',
      message: "Row 2: Contoso has a Microsoft ID that is not a GUID ('not-a-guid').",
    });
    expect(plan.invitations).toEqual([]);
  });

  it('refuses a file that is not Customers.csv, changing nothing', async () => {
    await seedPartner();
    const before = await snapshot();
    const r = await reconcilePartnerCenterCsv('Name,Email\nContoso,a@contoso.com\n');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'missing-column',
        message: expect.stringMatching(/"Microsoft ID" and "Company name"/),
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('is recognised by its columns when picked in the one Import file input', () => {
    expect(detectImportKind(fixture('Customers.csv'))).toBe('partner-center');
    expect(detectImportKind('Name,Email\nA,a@b.c')).toBe('customer-csv');
    expect(detectImportKind('\uFEFF  {"format": "x"}')).toBe('backup');
  });
});
