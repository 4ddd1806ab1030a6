/**
 * Reading the whole list in key ranges known up front, so the options page can
 * ask for the next range while it unpacks the one before (the database's process
 * reads while the page's thread works). Each range is its own short read-only
 * transaction: a write from the popup waits for at most the ranges in flight,
 * never for the whole list.
 */
import { type DbResult, ok } from './errors';
import { type ListChunk, parseCustomers, parseLatest } from './list';
import { inTransaction } from './transaction';

/** Where each range starts: every `size`-th customer key, from the keys alone (no records read). */
export function readListBoundaries(size: number): Promise<DbResult<string[]>> {
  return inTransaction(['customers'], 'readonly', async (tx) => {
    const keys = await tx.objectStore('customers').getAllKeys();
    const starts: string[] = [];
    for (let i = 0; i < keys.length; i += size) starts.push(keys[i] as string);
    return ok(starts);
  });
}

/** The customers with keys from `from` up to (not including) `to`, or to the end, with their summaries. */
export function readListRange(from: string, to: string | undefined): Promise<DbResult<ListChunk>> {
  const range =
    to === undefined ? IDBKeyRange.lowerBound(from) : IDBKeyRange.bound(from, to, false, true);
  return inTransaction(['customers', 'latest'], 'readonly', async (tx) => {
    const [raws, summaries] = await Promise.all([
      tx.objectStore('customers').getAll(range),
      tx.objectStore('latest').getAll(range),
    ]);
    const listed = parseCustomers(raws);
    return ok({ customers: listed.items, latest: parseLatest(summaries), invalid: listed.invalid });
  });
}
