import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, exportAll } from '../../../lib/db';
import { applyCustomerCsv, previewCustomerCsv } from '../../../lib/transfer';
import { customer, DAY, NOW, seed, value } from './records';

afterEach(closeDb);

const preview = async (text: string) => value(await previewCustomerCsv(text));

describe('applyCustomerCsv', () => {
  it('creates new customers and updates matched ones with the cells the file fills', async () => {
    await seed([
      customer({
        id: 'c1',
        name: 'Contoso',
        contactName: 'Anna',
        contactEmail: 'anna@contoso.com',
        notes: 'keep me',
        createdAt: NOW - 200 * DAY,
      }),
    ]);
    const p = await preview(
      'Name,Email,Contact name,Domain,Notes\n' +
        'Contoso,anna@contoso.com,,contoso.com,\n' +
        'Fabrikam,bob@fabrikam.com,Bob,fabrikam.com,new\n' +
        'Broken,x@y,,,\n' +
        'Fabrikam,,,,\n',
    );
    expect(value(await applyCustomerCsv(p, { now: NOW }))).toEqual({
      created: 1,
      updated: 1,
      skipped: 2,
      leftDeleted: 0,
    });
    const { customers } = value(await exportAll());
    const byName = Object.fromEntries(customers.map((c) => [c.name, c]));
    expect(byName.Contoso).toEqual({
      id: 'c1',
      name: 'Contoso',
      nameKey: 'contoso',
      contactName: 'Anna',
      contactEmail: 'anna@contoso.com',
      domain: 'contoso.com',
      cloud: 'public',
      notes: 'keep me',
      createdAt: NOW - 200 * DAY,
      updatedAt: NOW,
    });
    expect(byName.Fabrikam).toMatchObject({
      contactName: 'Bob',
      contactEmail: 'bob@fabrikam.com',
      domain: 'fabrikam.com',
      notes: 'new',
      createdAt: NOW,
    });
    expect(byName.Fabrikam?.tenantId).toBeUndefined();
    expect(customers).toHaveLength(2);
  });

  it('stores an HTML/script payload in a name verbatim, as text', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><b>Bold</b> & Co',
    ];
    const csv = `Name\n${payloads.map((n) => `"${n.replaceAll('"', '""')}"`).join('\n')}\n`;
    value(await applyCustomerCsv(await preview(csv)));
    const names = value(await exportAll()).customers.map((c) => c.name);
    expect(names.sort()).toEqual([...payloads].sort());
  });
});
