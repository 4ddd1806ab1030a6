import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, exportAll } from '../../../lib/db';
import { BACKUP_FORMAT } from '../../../lib/schema/records';
import {
  backupFileName,
  exportBackup,
  importBackup,
  parseBackup,
  serializeBackup,
} from '../../../lib/transfer';
import { customer, DAY, invitation, NOW, seed, snapshot, value } from './records';

afterEach(closeDb);

const TENANT = '3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a';

/** A bit of everything the schema allows: optional fields present and absent. */
async function seedVariety() {
  await seed(
    [
      customer({
        id: 'c1',
        name: 'Café Zürich AG',
        contactEmail: 'anna@cafe.ch',
        domain: 'cafe.ch',
      }),
      customer({ id: 'c2', name: '<img src=x onerror=alert(1)>', tenantId: TENANT, country: 'NL' }),
      customer({ id: 'c3', name: 'Contoso, Ltd.', cloud: 'germany', notes: 'line 1\nline 2' }),
    ],
    [
      invitation({ id: 'i1', customerId: 'c1' }),
      invitation({
        id: 'i2',
        customerId: 'c2',
        relationshipType: 'indirect',
        providerTenantId: TENANT,
        gdapLink:
          'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        status: 'accepted',
        history: [
          { status: 'sent', at: NOW - 5 * DAY },
          { status: 'accepted', at: NOW - DAY, note: 'by phone' },
        ],
      }),
      // A draft has no sentAt and no channel: absent, not undefined, after the trip.
      {
        ...invitation({ id: 'i3', customerId: 'c3', status: 'draft' }),
        sentAt: undefined,
        channel: undefined,
      },
    ].map((i) => JSON.parse(JSON.stringify(i))),
  );
}

describe('JSON backup round trip', () => {
  it('export → serialize → parse → import into an empty database gives back exactly the same data', async () => {
    await seedVariety();
    const before = await snapshot();
    const exported = value(await exportBackup(NOW));
    expect(exported.skipped).toEqual([]);
    expect(exported.file).toMatchObject({ format: BACKUP_FORMAT, version: 1 });
    expect(exported.file.exportedAt).toBe('2024-05-15T12:00:00.000Z');

    const text = serializeBackup(exported.file);
    await closeDb();
    globalThis.indexedDB = new IDBFactory(); // another browser, say
    const parsed = value(parseBackup(text));
    expect(parsed).toEqual(exported.file);
    expect(value(await importBackup(parsed))).toEqual({ customers: 3, invitations: 3 });

    expect(await snapshot()).toEqual(before);
    expect(value(await exportBackup(NOW)).file).toEqual(exported.file);
  });

  it('replace (the default) removes what was added since the backup', async () => {
    await seedVariety();
    const before = await snapshot();
    const file = value(await exportBackup(NOW)).file;
    await seed([customer({ id: 'later', name: 'Added later' })]);
    value(await importBackup(value(parseBackup(serializeBackup(file)))));
    expect(await snapshot()).toEqual(before);
  });

  it('merge keeps records that are not in the backup and restores those that are', async () => {
    await seedVariety();
    const file = value(await exportBackup(NOW)).file;
    await seed([customer({ id: 'later', name: 'Added later' })]);
    value(await importBackup(file, 'merge'));
    const after = value(await exportAll());
    expect(after.customers.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'later']);
    expect(after.invitations).toEqual(file.invitations);
  });

  it('names the damaged records an export had to leave out', async () => {
    await seedVariety();
    const db = await (await import('../../../lib/db')).getDb();
    await db.put('customers', { id: 'broken', name: 42 } as never);
    const exported = value(await exportBackup(NOW));
    expect(exported.skipped.map((s) => s.key)).toEqual(['broken']);
    expect(exported.file.customers).toHaveLength(3);
  });

  it('suggests a dated file name', () => {
    expect(backupFileName(NOW)).toBe('csp-invitations-backup-2024-05-15.json');
  });
});

describe('parseBackup refuses a bad file and says what is wrong', () => {
  const good = () => ({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2024-05-15T12:00:00.000Z',
    customers: [customer({ id: 'c1', name: 'Contoso' }), customer({ id: 'c2', name: 'Fabrikam' })],
    invitations: [invitation({ id: 'i1', customerId: 'c1' })],
  });
  const text = (file: unknown) => JSON.stringify(file, null, 2);

  it.each([
    ['an empty file', '', 'empty-file', /empty/],
    [
      'not JSON',
      '{"format": "csp-reseller-invitations-backup", oops}',
      'not-json',
      /not valid JSON/,
    ],
    [
      'a CSV whose first cell begins with "{"',
      '{Name},Email\nContoso,it@contoso.com\nFabrikam,it@fabrikam.com',
      'json-looking-csv',
      /starts with "\{" like a JSON backup, but it is a table of 2 columns separated by ","/,
    ],
    ['truncated JSON', text(good()).slice(0, 200), 'not-json', /cut off \(truncated\)/],
    [
      'another format',
      text({ ...good(), format: 'something-else' }),
      'wrong-format',
      /not a backup/,
    ],
    ['a JSON array', '[1,2]', 'json-array', /holds a JSON list \(\[…\]\) of 2 items, not a backup/],
    ['JSON null', 'null', 'json-not-object', /holds only the JSON value null, not a backup/],
    ['a newer version', text({ ...good(), version: 2 }), 'unsupported-version', /version 2/],
    [
      'an export date that is other text (shown in the preview)',
      text({ ...good(), exportedAt: 'yesterday \u202egnp.exe' }),
      'invalid-record',
      /export date \("exportedAt"\) is not a time as Export JSON writes it/,
    ],
    [
      'a customer without a name',
      text({
        ...good(),
        customers: [good().customers[0], { ...good().customers[1], name: undefined }],
      }),
      'invalid-record',
      /^Customer 2 \(id c2\): the field "name" is missing/,
    ],
    [
      'an invitation with an unknown status',
      text({ ...good(), invitations: [{ ...good().invitations[0], status: 'lost' }] }),
      'invalid-record',
      /^Invitation 1 \(id i1\): the field "status" must be one of draft, sent/,
    ],
    [
      'a bad tenant ID',
      text({ ...good(), customers: [{ ...good().customers[0], tenantId: 'abc' }] }),
      'invalid-record',
      /the field "tenantId" has the wrong format/,
    ],
    [
      'duplicate customer ids',
      text({ ...good(), customers: [good().customers[0], { ...good().customers[1], id: 'c1' }] }),
      'duplicate-id',
      /Customer 2 has the same id \(c1\) as customer 1/,
    ],
    [
      'an invitation whose customer is missing',
      text({ ...good(), invitations: [invitation({ id: 'i1', customerId: 'gone' })] }),
      'missing-customer',
      /Invitation 1 \(id i1\) belongs to customer gone, which is not in the backup/,
    ],
  ])('%s', (_what, input, code, message) => {
    const r = parseBackup(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toMatch(/Nothing was imported\.$/);
  });

  it('accepts a backup saved again with a BOM', () => {
    expect(parseBackup(`\uFEFF${text(good())}`).ok).toBe(true);
  });
});
