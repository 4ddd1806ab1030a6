import { afterEach, describe, expect, it } from 'vitest';
import { closeDb } from '../../../lib/db';
import {
  planFromPartnerCenter,
  rowsFromCustomers,
  statusForRelationship,
} from '../../../lib/microsoft';
import type { Invitation } from '../../../lib/schema';
import { applyReconcile, PARTNER_CENTER_API_NOTE } from '../../../lib/transfer';
import { customersPage, guidOf } from '../../contract/samples';
import { customer, invitation, NOW, seed, snapshot } from '../transfer/records';
import { clientWith, json } from './fake-http';

afterEach(closeDb);

describe('relationshipToPartner', () => {
  it('accepts the invitation only for reseller', () => {
    expect(statusForRelationship('reseller')).toBe('accepted');
    expect(statusForRelationship('Reseller')).toBe('accepted');
    for (const other of ['none', 'advisor', 'syndication', 'microsoft_support', 'something_new']) {
      expect(statusForRelationship(other)).toBeUndefined();
    }
  });

  it('marks the rows of other relationships, which the plan never accepts', () => {
    const rows = rowsFromCustomers([
      {
        id: guidOf(1).toUpperCase(),
        companyName: ' A ',
        domain: 'A.COM',
        relationshipToPartner: 'reseller',
      },
      { id: guidOf(2), companyName: 'B', domain: '', relationshipToPartner: 'advisor' },
      { id: guidOf(3), companyName: 'C', domain: '', relationshipToPartner: '' },
    ]);
    expect(rows).toEqual([
      {
        rowNumber: 1,
        microsoftId: guidOf(1),
        companyName: 'A',
        domain: 'a.com',
        relationship: 'reseller',
      },
      {
        rowNumber: 2,
        microsoftId: guidOf(2),
        companyName: 'B',
        domain: '',
        relationship: 'advisor',
        notReseller: 'advisor',
      },
      {
        rowNumber: 3,
        microsoftId: guidOf(3),
        companyName: 'C',
        domain: '',
        relationship: 'none',
        notReseller: 'none',
      },
    ]);
  });
});

describe('planFromPartnerCenter', () => {
  it('plans through the same reconcile as Customers.csv, and writes only on apply', async () => {
    await seed(
      [
        customer({ id: 'a', name: 'Alpha Ltd' }),
        customer({ id: 'b', name: 'Beta BV', domain: 'beta.nl' }),
        customer({ id: 'c', name: 'Gamma' }),
      ],
      [
        invitation({ id: 'ia', customerId: 'a' }),
        invitation({ id: 'ib', customerId: 'b' }),
        invitation({ id: 'ic', customerId: 'c', status: 'expired' }),
      ],
    );
    const before = await snapshot();
    const s = clientWith(() =>
      json(
        customersPage(
          [
            {
              id: guidOf(1),
              companyName: 'Alpha Ltd',
              domain: 'alpha.com',
              relationshipToPartner: 'reseller',
            },
            {
              id: guidOf(2),
              companyName: 'Beta',
              domain: 'beta.nl',
              relationshipToPartner: 'advisor',
            },
            { id: guidOf(3), companyName: 'Gamma', domain: '', relationshipToPartner: 'reseller' },
          ],
          500,
        ),
      ),
    );
    const plan = await planFromPartnerCenter(s.client, { now: NOW });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.summary).toMatchObject({ total: 3, accepted: 2, tenantIdsStored: 3 });
    expect(plan.value.rows[1]!.message).toMatch(/advisor, not reseller/);
    expect(await snapshot()).toEqual(before);

    const applied = await applyReconcile(plan.value);
    expect(applied).toMatchObject({ ok: true, value: { accepted: 2, tenantIdsStored: 3 } });
    const after = (await snapshot()) as { invitations: Invitation[] };
    const statusOf = (id: string) => after.invitations.find((i) => i.id === id)?.status;
    expect([statusOf('ia'), statusOf('ib'), statusOf('ic')]).toEqual([
      'accepted',
      'sent',
      'accepted',
    ]);
    expect(after.invitations.find((i) => i.id === 'ia')?.history.at(-1)?.note).toBe(
      PARTNER_CENTER_API_NOTE,
    );
  });

  it('writes nothing and says so when the list fails', async () => {
    await seed(
      [customer({ id: 'a', name: 'Alpha Ltd' })],
      [invitation({ id: 'ia', customerId: 'a' })],
    );
    const before = await snapshot();
    const s = clientWith(() => json({}, 403));
    const plan = await planFromPartnerCenter(s.client);
    expect(plan).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Nothing was changed\.$/) },
    });
    expect(await snapshot()).toEqual(before);
  });
});
