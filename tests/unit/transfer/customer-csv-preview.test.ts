import { afterEach, describe, expect, it } from 'vitest';
import { closeDb } from '../../../lib/db';
import { type CustomerCsvPreview, previewCustomerCsv } from '../../../lib/transfer';
import { customer, seed, snapshot, value } from './records';

afterEach(closeDb);

const TENANT = '3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a';
const OTHER_TENANT = '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586';

const preview = async (text: string) => value(await previewCustomerCsv(text));
const statuses = (p: CustomerCsvPreview) => p.rows.map((r) => [r.rowNumber, r.status]);

describe('previewCustomerCsv', () => {
  it('maps a file with aliased headers, quoted commas and a BOM into customer fields', async () => {
    const p = await preview(
      '\uFEFFCompany name,Contact e-mail,Primary domain name,Tenant ID,Contact,Cloud,Notes\r\n' +
        `"Contoso, Ltd.", Anna@Contoso.COM ,https://www.contoso.com/,${TENANT.toUpperCase()},Anna de Vries,US Government,"VIP, call first"\r\n`,
    );
    expect(p.rows).toEqual([
      {
        rowNumber: 2,
        status: 'new',
        errors: [],
        warnings: [],
        customer: {
          name: 'Contoso, Ltd.',
          contactName: 'Anna de Vries',
          contactEmail: 'anna@contoso.com',
          domain: 'contoso.com',
          tenantId: TENANT,
          cloud: 'us-government',
          country: '',
          notes: 'VIP, call first',
        },
      },
    ]);
    expect(p.summary).toEqual({
      total: 1,
      new: 1,
      update: 0,
      duplicateInFile: 0,
      error: 0,
      warned: 0,
      ignoredColumns: [],
    });
  });

  it('reads a Dutch Excel file: semicolons, Dutch headers', async () => {
    const p = await preview('Klantnaam;E-mailadres;Domein\nCafé Zürich;info@cafe.ch;cafe.ch\n');
    expect(p.rows[0]?.customer).toMatchObject({
      name: 'Café Zürich',
      contactEmail: 'info@cafe.ch',
    });
  });

  it('names each row problem with its row number', async () => {
    const p = await preview(
      [
        'Name,Email,Tenant ID,Domain,Cloud',
        'Good,good@contoso.com,,,',
        ',nobody@contoso.com,,,',
        'Bad mail,x@y,,,',
        `Bad tenant,,not-a-guid,,`,
        'Bad domain,,,contoso com,',
        'Bad cloud,,,,Mars',
      ].join('\n'),
    );
    expect(p.rows.map((r) => r.errors)).toEqual([
      [],
      [{ code: 'missing-name', message: 'Row 3: the customer name is empty.' }],
      [{ code: 'invalid-email', message: "Row 4: the e-mail address 'x@y' is not valid." }],
      [{ code: 'invalid-tenant-id', message: "Row 5: the tenant ID 'not-a-guid' is not a GUID." }],
      [
        {
          code: 'invalid-domain',
          message: "Row 6: the domain 'contoso com' is not a domain name.",
        },
      ],
      [
        expect.objectContaining({
          code: 'invalid-cloud',
          message: expect.stringMatching(/^Row 7: the cloud 'Mars' is unknown/),
        }),
      ],
    ]);
    expect(p.summary).toMatchObject({ new: 1, error: 5 });
  });

  it('finds duplicates within the file by e-mail, domain, tenant ID or name without legal form', async () => {
    const p = await preview(
      [
        'Name,Email,Domain,Tenant ID',
        'Contoso B.V.,anna@contoso.com,,', // 2
        'contoso bv,,,', // 3: same name key
        'Someone else,ANNA@contoso.com,,', // 4: same e-mail
        'Fabrikam,,fabrikam.com,', // 5
        'Fabrikam Europe,,www.fabrikam.com,', // 6: same domain
        `Tailspin,,,${TENANT}`, // 7
        `Tailspin Toys,,,${TENANT}`, // 8: same tenant
        `Fabrikam,,,${OTHER_TENANT}`, // 9: same name; row 5 has no tenant ID to tell them apart
      ].join('\n'),
    );
    expect(statuses(p)).toEqual([
      [2, 'new'],
      [3, 'duplicate-in-file'],
      [4, 'duplicate-in-file'],
      [5, 'new'],
      [6, 'duplicate-in-file'],
      [7, 'new'],
      [8, 'duplicate-in-file'],
      [9, 'duplicate-in-file'],
    ]);
    expect(p.rows.map((r) => r.duplicateOf)).toEqual([
      undefined,
      2,
      2,
      undefined,
      5,
      undefined,
      7,
      5,
    ]);
  });

  it('matches stored customers by tenant ID, e-mail, domain and name (accents, punctuation, legal form)', async () => {
    await seed([
      customer({ id: 'by-tenant', name: 'Northwind', tenantId: TENANT }),
      customer({ id: 'by-email', name: 'Adatum', contactEmail: 'it@adatum.com' }),
      customer({ id: 'by-domain', name: 'Litware', domain: 'litware.com' }),
      customer({ id: 'by-name', name: 'Café Zürich GmbH' }),
    ]);
    const p = await preview(
      [
        'Name,Email,Domain,Tenant ID',
        `Northwind Traders,,,${TENANT}`,
        'Adatum Corporation,IT@adatum.com,,',
        'Litware Inc.,,https://litware.com,',
        'CAFE ZURICH,,,',
        'Brand New,,,',
      ].join('\n'),
    );
    expect(p.rows.map((r) => [r.status, r.existing?.id, r.matchedBy])).toEqual([
      ['update', 'by-tenant', 'tenant-id'],
      ['update', 'by-email', 'email'],
      ['update', 'by-domain', 'domain'],
      ['update', 'by-name', 'name'],
      ['new', undefined, undefined],
    ]);
  });

  it('treats a second row matching the same stored customer as a duplicate', async () => {
    await seed([
      customer({ id: 'c1', name: 'Contoso', contactEmail: 'a@contoso.com', domain: 'contoso.com' }),
    ]);
    const p = await preview('Name,Email,Domain\nContoso,,\nOther name,,contoso.com\n');
    expect(statuses(p)).toEqual([
      [2, 'update'],
      [3, 'duplicate-in-file'],
    ]);
    expect(p.rows[1]?.duplicateOf).toBe(2);
  });

  it('does not match a stored customer of another tenant with the same name', async () => {
    await seed([customer({ id: 'c1', name: 'Contoso', tenantId: TENANT })]);
    const p = await preview(`Name,Tenant ID\nContoso,${OTHER_TENANT}\n`);
    expect(statuses(p)).toEqual([[2, 'new']]);
  });

  it('reports progress, ending with every row done', async () => {
    const calls: [number, number][] = [];
    const text = `Name\n${Array.from({ length: 50 }, (_, i) => `Customer ${i}`).join('\n')}`;
    await previewCustomerCsv(text, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 50]);
    expect(calls.at(-1)).toEqual([50, 50]);
  });

  it('writes nothing', async () => {
    await seed([customer({ id: 'c1', name: 'Contoso' })]);
    const before = await snapshot();
    await preview('Name\nContoso\nFabrikam\n');
    expect(await snapshot()).toEqual(before);
  });
});
