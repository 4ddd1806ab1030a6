// docs/ARCHITECTURE.md, "Budgets": a 10,000-row CSV import in ≤ 2 s, in one transaction. Timing
// is printed, not asserted (fake-indexeddb in Node is not the browser); the
// benchmark measures the real thing.
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, exportAll } from '../../../lib/db';
import { applyCustomerCsv, previewCustomerCsv } from '../../../lib/transfer';
import { value } from './records';

afterEach(closeDb);

const ROWS = 10_000;

function tenThousandRows(): string {
  const lines = ['Customer name,Contact name,Contact email,Domain,Tenant ID,Cloud,Notes'];
  for (let i = 0; i < ROWS; i++) {
    const tenant = `${i.toString(16).padStart(8, '0')}-1111-4222-8333-444455556666`;
    lines.push(
      `"Customer ${i}, B.V.",Contact ${i},contact${i}@customer${i}.example,customer${i}.example,${tenant},public,"Imported, row ${i + 2}"`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// The figures are logged, not asserted (npm run bench measures the budget); the timeout
// only has to survive a busy machine, where 10,000 rows in fake-indexeddb can pass 5 s.
describe('a 10,000-row CSV import', { timeout: 30_000 }, () => {
  it('validates in slices with progress and writes every row in one go', async () => {
    const text = tenThousandRows();
    const progress: number[] = [];
    const start = performance.now();
    const preview = value(
      await previewCustomerCsv(text, { onProgress: (done) => progress.push(done) }),
    );
    const validated = performance.now();
    const result = value(await applyCustomerCsv(preview));
    const end = performance.now();

    console.log(
      `10,000-row CSV import (fake-indexeddb): ${(end - start).toFixed(0)} ms ` +
        `(preview ${(validated - start).toFixed(0)} ms in ${progress.length - 1} slices, ` +
        `write ${(end - validated).toFixed(0)} ms)`,
    );
    expect(result).toEqual({ created: ROWS, updated: 0, skipped: 0, leftDeleted: 0 });
    expect(progress.at(-1)).toBe(ROWS);
    expect(value(await exportAll()).customers).toHaveLength(ROWS);
  });

  it('matches every row against 10,000 stored customers from Maps, not lookups', async () => {
    const text = tenThousandRows();
    value(await applyCustomerCsv(value(await previewCustomerCsv(text))));
    const start = performance.now();
    const preview = value(await previewCustomerCsv(text));
    const result = value(await applyCustomerCsv(preview));
    const end = performance.now();
    console.log(
      `10,000-row CSV re-import as updates (fake-indexeddb): ${(end - start).toFixed(0)} ms`,
    );
    expect(result).toEqual({ created: 0, updated: ROWS, skipped: 0, leftDeleted: 0 });
    expect(preview.rows.every((r) => r.matchedBy === 'tenant-id')).toBe(true);
  });
});
