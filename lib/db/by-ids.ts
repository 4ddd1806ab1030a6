/**
 * Some customers with their summaries, by id: what an open options page reads
 * when the database says those customers changed elsewhere (changes.ts), instead
 * of the whole list.
 */
import type { Customer, LatestInvitation } from '../schema';
import { type DbResult, ok } from './errors';
import { parseLatest } from './list';
import { parseStoredList } from './records';
import { inTransaction } from './transaction';

export interface CustomersById {
  /** The customers that still exist and parse. */
  customers: Customer[];
  latest: LatestInvitation[];
  /** Ids no longer in the database. */
  gone: string[];
}

export function readCustomersById(ids: readonly string[]): Promise<DbResult<CustomersById>> {
  return inTransaction(['customers', 'latest'], 'readonly', async (tx) => {
    const customers = tx.objectStore('customers');
    const latest = tx.objectStore('latest');
    const [raws, summaries] = await Promise.all([
      Promise.all(ids.map((id) => customers.get(id))),
      Promise.all(ids.map((id) => latest.get(id))),
    ]);
    const gone = ids.filter((_, i) => raws[i] === undefined);
    return ok({
      customers: parseStoredList(
        'customers',
        raws.filter((r) => r !== undefined),
      ).items,
      latest: parseLatest(summaries.filter((l) => l !== undefined)),
      gone,
    });
  });
}
