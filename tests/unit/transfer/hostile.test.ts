// The hostile-input corpus (tests/fixtures/hostile/, made by make-corpus.mjs): every
// file goes through the import as the options page runs it — bytes decoded, kind
// detected, previewed, and applied when the preview allows — and must give its
// specific outcome while the database stays byte-for-byte as it was, compared as
// an export before and after.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '../../../lib/db';
import {
  applyCustomerCsv,
  applyReconcile,
  decodeImportBytes,
  exportBackup,
  type ImportPreview,
  previewImport,
  serializeBackup,
} from '../../../lib/transfer';
import { customer, invitation, NOW, seed, snapshot } from './records';

interface Case {
  item: number;
  file: string;
  why: string;
  expect: {
    code?: string;
    rowCode?: string;
    encoding?: string;
    names?: string[];
    warning?: string;
  };
}

const dir = new URL('../../fixtures/hostile/', import.meta.url);
const CASES: Case[] = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8'));

type Outcome = { refused: string } | { preview: ImportPreview; encoding: string };

/** What the options page does with a picked file, up to (not including) Apply. */
async function read(bytes: Uint8Array): Promise<Outcome> {
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return { refused: decoded.error.code };
  const preview = await previewImport(decoded.value.text, { now: NOW });
  if (!preview.ok) return { refused: preview.error.code };
  return { preview: preview.value, encoding: decoded.value.encoding };
}

/** Apply, as the page's button does: only valid rows are written. */
async function apply(preview: ImportPreview): Promise<void> {
  if (preview.kind === 'customer-csv') await applyCustomerCsv(preview.preview, { now: NOW });
  if (preview.kind === 'partner-center') await applyReconcile(preview.plan);
}

function rowsOf(preview: ImportPreview): { name: string; errors: string[]; warnings: string[] }[] {
  if (preview.kind === 'customer-csv') {
    return preview.preview.rows.map((r) => ({
      name: r.customer.name,
      errors: r.errors.map((e) => e.code),
      warnings: r.warnings.map((w) => w.code),
    }));
  }
  if (preview.kind === 'partner-center') {
    return preview.plan.rows.map((r) => ({ name: r.companyName, errors: [], warnings: [] }));
  }
  return [];
}

/** The database as an export sees it, and raw: what "unchanged" is checked against. */
async function picture(): Promise<string> {
  const exported = await exportBackup(NOW);
  if (!exported.ok) throw new Error(exported.error.message);
  return `${serializeBackup(exported.value.file)}\n${JSON.stringify(await snapshot())}`;
}

let before: string;
beforeEach(async () => {
  await seed(
    [
      customer({ id: 'c1', name: 'Contoso', contactEmail: 'it@contoso.com', notes: 'keep' }),
      customer({ id: 'c2', name: 'Café Zürich', domain: 'cafe-zurich.ch' }),
    ],
    [invitation({ id: 'i1', customerId: 'c2' })],
  );
  before = await picture();
});
afterEach(closeDb);

beforeAll(() => {
  // The issue asks for at least 60; every numbered item of it has cases.
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.item))).toEqual(new Set([0, 1, 5, 6, 7, 8, 9, 11]));
});

describe.each(CASES)('hostile file $file (item $item: $why)', (c) => {
  it('gives its specific outcome and leaves the database unchanged', async () => {
    const outcome = await read(readFileSync(new URL(`files/${c.file}`, dir)));
    const e = c.expect;
    if (e.code) {
      expect(outcome).toEqual({ refused: e.code });
    } else {
      if (!('preview' in outcome)) throw new Error(`refused with ${outcome.refused}`);
      const rows = rowsOf(outcome.preview);
      if (e.rowCode) expect(rows.map((r) => r.errors)).toEqual(rows.map(() => [e.rowCode]));
      if (e.warning) expect(rows.map((r) => r.warnings)).toEqual(rows.map(() => [e.warning]));
      if (e.encoding) {
        expect(outcome.encoding).toBe(e.encoding);
        expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(e.names ?? []));
      }
      // Applying a preview whose every row is refused writes nothing either.
      if (e.rowCode) await apply(outcome.preview);
    }
    expect(await picture()).toBe(before);
  });
});

describe('hostile files too big to commit, made here', () => {
  const big = (n: number) => 'x'.repeat(n);
  const backupWith = (over: object) =>
    JSON.stringify({
      format: 'csp-reseller-invitations-backup',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      customers: [{ ...customer({ id: 'b1', name: 'Big' }), ...over }],
      invitations: [],
    });

  it.each([
    [
      'a 50 MB note in a backup',
      () => backupWith({ notes: big(50 * 1024 * 1024) }),
      'invalid-record',
    ],
    [
      'a 1 MB contact name in a backup',
      () => backupWith({ contactName: big(1024 * 1024) }),
      'invalid-record',
    ],
    ['a 1 MB id in a backup', () => backupWith({ id: big(1024 * 1024) }), 'invalid-record'],
    [
      'a 10 MB customer CSV',
      () => `Name,Notes\r\n${`Contoso,${big(990)}\r\n`.repeat(10_600)}`,
      'too-large',
    ],
  ])('%s is refused and changes nothing', async (_what, make, code) => {
    const outcome = await read(new TextEncoder().encode(make()));
    expect(outcome).toEqual({ refused: code });
    expect(await picture()).toBe(before);
  });

  it('a 1 MB contact name in a CSV row is that row’s error, and nothing is written', async () => {
    const outcome = await read(
      new TextEncoder().encode(`Name,Contact name\r\nBig,${big(1024 * 1024)}\r\n`),
    );
    if (!('preview' in outcome)) throw new Error('refused');
    expect(rowsOf(outcome.preview).map((r) => r.errors)).toEqual([['too-long']]);
    await apply(outcome.preview);
    expect(await picture()).toBe(before);
  });
});
