// Every bad file is refused whole, says why (and where), and leaves both stores
// exactly as they were — docs/ARCHITECTURE.md, "Permissions and security": a bad file changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '../../../lib/db';
import type { BackupFile } from '../../../lib/schema';
import { BACKUP_FORMAT } from '../../../lib/schema/records';
import {
  checkImportSize,
  exportBackup,
  importBackup,
  MAX_IMPORT_BYTES,
  parseBackup,
  previewCustomerCsv,
  reconcilePartnerCenterCsv,
  serializeBackup,
} from '../../../lib/transfer';
import { customer, invitation, seed, snapshot, value } from './records';

afterEach(closeDb);

let before: Awaited<ReturnType<typeof snapshot>>;
beforeEach(async () => {
  await seed(
    [customer({ id: 'c1', name: 'Contoso' }), customer({ id: 'c2', name: 'Fabrikam' })],
    [invitation({ id: 'i1', customerId: 'c1' })],
  );
  before = await snapshot();
});

/** What the options page does with a backup: parse whole, then (only then) write. */
async function restore(text: string) {
  const parsed = parseBackup(text);
  return parsed.ok ? importBackup(parsed.value) : parsed;
}

async function backupText(edit: (file: BackupFile) => unknown): Promise<string> {
  const file = value(await exportBackup()).file;
  return JSON.stringify(edit(structuredClone(file)));
}

describe('a bad JSON backup', () => {
  it.each<[string, (file: BackupFile) => unknown, string, RegExp]>([
    ['another format', (f) => ({ ...f, format: 'x' }), 'wrong-format', /not a backup/],
    [
      'duplicate ids',
      (f) => ({ ...f, invitations: [...f.invitations, f.invitations[0]] }),
      'duplicate-id',
      /Invitation 2 has the same id \(i1\) as invitation 1/,
    ],
    [
      'an invalid record',
      (f) => ({ ...f, customers: [f.customers[0], { ...f.customers[1], cloud: 'mars' }] }),
      'invalid-record',
      /Customer 2 \(id c2\): the field "cloud" must be one of/,
    ],
    [
      'an invitation without its customer',
      (f) => ({ ...f, customers: f.customers.slice(1) }),
      'missing-customer',
      /belongs to customer c1/,
    ],
  ])('with %s is refused and changes nothing', async (_what, edit, code, message) => {
    const r = await restore(await backupText(edit));
    expect(r).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(await snapshot()).toEqual(before);
  });

  it('that is truncated is refused and changes nothing', async () => {
    const full = serializeBackup({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      customers: [customer({ id: 'x', name: 'Replacement' })],
      invitations: [],
    });
    const r = await restore(full.slice(0, Math.floor(full.length * 0.7)));
    expect(!r.ok && r.error).toEqual({
      code: 'not-json',
      message: expect.stringMatching(/truncated/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it('handed to importBackup without parseBackup is still refused by lib/db', async () => {
    const file = value(await exportBackup()).file;
    const broken = { ...file, customers: [{ ...file.customers[0], name: '' }] } as BackupFile;
    const r = await importBackup(broken);
    expect(r.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a bad customer CSV', () => {
  const tenMegabytes = `Name,Notes\n${`Contoso,${'x'.repeat(990)}\n`.repeat(10_600)}`;

  it.each([
    ['of 10 MB', tenMegabytes, 'too-large', /over 5 MB are not imported/],
    ['that is empty', '\uFEFF\r\n', 'empty-file', /empty/],
    ['with only a header', 'Name,Email\r\n', 'empty-file', /no rows/],
    [
      'without a name column (wrong columns)',
      'Email,Phone\na@contoso.com,123\n',
      'missing-column',
      /no column with the customer name .*its columns are: Email, Phone/,
    ],
    [
      'cut off inside a quoted cell',
      'Name,Notes\nContoso,"fine"\nFabrikam,"never clos',
      'malformed-csv',
      /Row 3: a quoted cell is never closed; the file may be cut off/,
    ],
    [
      'with an unquoted comma shifting the cells',
      'Name,Email\nContoso, Ltd.,a@contoso.com\n',
      'malformed-csv',
      /Row 2 has 3 cells where the header has 2\. A comma inside a name must be within quotes/,
    ],
    [
      'with a row cut short',
      'Name,Email,Domain\nContoso,a@contoso.com,contoso.com\nFabrikam,b@fab',
      'malformed-csv',
      /Row 3 has 2 cells where the header has 3\. The file may be cut off/,
    ],
  ])('%s is refused whole and changes nothing', async (_what, text, code, message) => {
    const r = await previewCustomerCsv(text);
    expect(r).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(await snapshot()).toEqual(before);
  });

  it('of 10 MB is refused from its size alone, before the page reads it', () => {
    expect(tenMegabytes.length).toBeGreaterThan(10_000_000);
    expect(checkImportSize(tenMegabytes.length).ok).toBe(false);
    expect(checkImportSize(MAX_IMPORT_BYTES).ok).toBe(true);
  });

  it('with an invalid row shows that row and why in the preview, writing nothing', async () => {
    const p = value(await previewCustomerCsv('Name,Email\nGood,g@contoso.com\nBad,x@y\n'));
    expect(p.rows[1]?.errors).toEqual([
      { code: 'invalid-email', message: "Row 3: the e-mail address 'x@y' is not valid." },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a bad Partner Center file', () => {
  it.each([
    ['with wrong columns', 'Name,Domain\nContoso,contoso.com\n', 'missing-column'],
    ['cut off', '\uFEFFMicrosoft ID,Company name\n"3f2b8c1e-7d4a', 'malformed-csv'],
    ['of 10 MB', `Microsoft ID,Company name\n${'x'.repeat(10 * 1024 * 1024)}`, 'too-large'],
  ])('%s is refused and changes nothing', async (_what, text, code) => {
    const r = await reconcilePartnerCenterCsv(text);
    expect(!r.ok && r.error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });
});
