import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb } from '../../../lib/db';
import {
  buildCustomerCsv,
  CUSTOMER_CSV_COLUMNS,
  customerCsvFileName,
  exportCustomerCsv,
  previewCustomerCsv,
} from '../../../lib/transfer';
import { customer, DAY, invitation, NOW, seed, value } from './records';

afterEach(closeDb);

const TENANT = '3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a';

const usDate = (ms: number) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('CSV export of the customer list', () => {
  it('writes a BOM, the columns, and per customer its latest invitation and days waiting', async () => {
    await seed(
      [
        customer({
          id: 'c1',
          name: 'Contoso, Ltd.',
          contactName: 'Anna',
          contactEmail: 'anna@contoso.com',
          domain: 'contoso.com',
          tenantId: TENANT,
          notes: 'said "yes"',
        }),
        customer({ id: 'c2', name: 'Café Zürich', cloud: 'germany' }),
      ],
      [
        invitation({ id: 'old', customerId: 'c1', sentAt: NOW - 40 * DAY, status: 'declined' }),
        invitation({ id: 'new', customerId: 'c1', sentAt: NOW - 10 * DAY - 1 }),
      ],
    );
    const csv = value(await exportCustomerCsv(NOW)).text;
    expect(csv.startsWith('\uFEFFName,Contact name,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(cells(csv)).toEqual([
      [...CUSTOMER_CSV_COLUMNS],
      ['Café Zürich', '', '', '', '', 'Germany', '', '', '', '', '', '', ''],
      [
        'Contoso, Ltd.',
        'Anna',
        'anna@contoso.com',
        'contoso.com',
        TENANT,
        'Public',
        'Sent',
        usDate(NOW - 10 * DAY - 1),
        '10',
        '',
        '',
        'said "yes"',
        '',
      ],
    ]);
  });

  it('leaves days waiting empty once the invitation was answered', () => {
    const csv = buildCustomerCsv(
      [customer({ id: 'c1', name: 'A' })],
      [invitation({ id: 'i', customerId: 'c1', status: 'accepted' })],
      NOW,
    );
    expect(cells(csv)[1]?.slice(6, 9)).toEqual(['Accepted', expect.any(String), '']);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+31 20 123 4567'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['=1+1\nsecond line'],
    ['＝1+1'],
  ])('guards the cell %j against formula injection with a leading apostrophe', (name) => {
    const csv = buildCustomerCsv([customer({ id: 'c1', name, notes: name })], [], NOW);
    const row = cells(csv)[1];
    expect(row?.[0]).toBe(`'${name}`);
    expect(row?.[11]).toBe(`'${name}`);
  });

  it('leaves ordinary text alone', () => {
    const csv = buildCustomerCsv([customer({ id: 'c1', name: 'Contoso (NL) 2=2' })], [], NOW);
    expect(cells(csv)[1]?.[0]).toBe('Contoso (NL) 2=2');
  });

  it('reads back through the CSV import: every row matches its customer with the same values', async () => {
    const stored = [
      customer({ id: 'c1', name: '=cmd|calc', contactEmail: 'a@contoso.com', tenantId: TENANT }),
      customer({
        id: 'c2',
        name: 'Café Zürich',
        domain: 'cafe.ch',
        cloud: 'china',
        notes: '- call back',
      }),
    ];
    await seed(stored);
    const p = value(await previewCustomerCsv(value(await exportCustomerCsv(NOW)).text));
    expect(p.summary).toMatchObject({
      update: 2,
      ignoredColumns: [
        'Latest status',
        'Sent date',
        'Days waiting',
        'Reminders',
        'Last reminder',
        'Dated notes',
      ],
    });
    expect(p.rows.map((r) => r.customer.name)).toEqual(['Café Zürich', '=cmd|calc']);
    expect(p.rows[0]?.customer).toMatchObject({ cloud: 'china', notes: '- call back' });
  });

  it('speaks Dutch for a Dutch UI: titles, statuses, clouds, dates as nl writes them, reminders, dated notes', () => {
    const csv = buildCustomerCsv(
      [
        customer({
          id: 'c1',
          name: 'Bakkerij',
          cloud: 'germany',
          noteEntries: [{ at: NOW - DAY, author: 'Jan', text: 'Gebeld' }],
        }),
      ],
      [
        invitation({
          id: 'i',
          customerId: 'c1',
          sentAt: NOW - 20 * DAY,
          followUps: [{ at: NOW - 3 * DAY, channel: 'gmail' }],
        }),
      ],
      NOW,
      { locale: 'nl-NL' },
    );
    const nl = (ms: number) =>
      new Intl.DateTimeFormat('nl-NL', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(ms);
    expect(cells(csv)).toEqual([
      [
        'Naam',
        'Contactpersoon',
        'E-mailadres',
        'Domein',
        'Tenant-ID',
        'Cloud',
        'Laatste status',
        'Verstuurd op',
        'Dagen wachtend',
        'Herinneringen',
        'Laatste herinnering',
        'Notities',
        'Notities met datum',
      ],
      [
        'Bakkerij',
        '',
        '',
        '',
        '',
        'Duitsland',
        'Verstuurd',
        nl(NOW - 20 * DAY),
        '20',
        '1',
        nl(NOW - 3 * DAY),
        '',
        `${nl(NOW - DAY)} Jan: Gebeld`,
      ],
    ]);
    expect(nl(NOW)).toMatch(/^\d\d-\d\d-\d{4}$/);
  });

  it.each(['nl-NL', 'en-GB'])('a %s export reads back through the CSV import', async (locale) => {
    await seed([]);
    const csv = buildCustomerCsv(
      [
        customer({
          id: 'c1',
          name: 'Café Zürich',
          contactName: 'Anna',
          contactEmail: 'anna@cafe.ch',
          cloud: 'china',
          notes: 'old',
        }),
        customer({ id: 'c2', name: 'Contoso', cloud: 'germany', tenantId: TENANT }),
        customer({ id: 'c3', name: 'Fabrikam', cloud: 'us-government', domain: 'fabrikam.com' }),
        customer({ id: 'c4', name: 'Adatum' }),
      ],
      [],
      NOW,
      { locale },
    );
    const p = value(await previewCustomerCsv(csv));
    expect(p.summary).toMatchObject({ error: 0, new: 4 });
    expect(p.rows.map((r) => [r.customer.name, r.customer.cloud])).toEqual([
      ['Café Zürich', 'china'],
      ['Contoso', 'germany'],
      ['Fabrikam', 'us-government'],
      ['Adatum', 'public'],
    ]);
    expect(p.rows[0]?.customer).toMatchObject({
      contactName: 'Anna',
      contactEmail: 'anna@cafe.ch',
      notes: 'old',
    });
    expect(p.rows[1]?.customer.tenantId).toBe(TENANT);
    expect(p.rows[2]?.customer.domain).toBe('fabrikam.com');
  });

  it('suggests a dated file name', () => {
    expect(customerCsvFileName(NOW)).toBe('csp-customers-2024-05-15.csv');
  });
});
