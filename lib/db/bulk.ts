/**
 * Export and import of everything: reading both stores, and writing a whole batch
 * in ONE transaction, so an import is all or nothing (docs/ARCHITECTURE.md, "Permissions and security" and the
 * 10,000-row budget: one transaction is also the fast way).
 */
import { unwrap } from 'idb';
import { type AllRecords, type AllRecordsInput, checkBatch } from './batch';
import { markChanged } from './changes';
import { DbAbort, type DbResult, ok, toDbError } from './errors';
import { refreshLatestForBatch, summarizeAll } from './latest';
import { type InvalidRecord, parseStoredList } from './records';
import { inTransaction, type Tx } from './transaction';

export type { AllRecords, AllRecordsInput } from './batch';

export interface Exported extends AllRecords {
  /** Damaged records left out of the export, named so the user can be told. */
  invalid: InvalidRecord[];
}

export function exportAll(): Promise<DbResult<Exported>> {
  return inTransaction(['customers', 'invitations'], 'readonly', async (tx) => {
    const [customers, invitations] = await Promise.all([
      tx.objectStore('customers').getAll(),
      tx.objectStore('invitations').getAll(),
    ]);
    const c = parseStoredList('customers', customers);
    const i = parseStoredList('invitations', invitations);
    return ok({ customers: c.items, invitations: i.items, invalid: [...c.invalid, ...i.invalid] });
  });
}

export interface PutAllOptions {
  /** `false`: a record whose id is already stored fails the whole batch (`duplicate`). */
  overwrite?: boolean;
}

export interface Written {
  customers: number;
  invitations: number;
}

type WriteTx = Tx<['customers', 'invitations', 'latest'], 'readwrite'>;

function importFailure(what: string, e: unknown): DbAbort {
  const error = toDbError(e);
  return new DbAbort({ ...error, message: `Nothing was imported: ${what}: ${error.message}` });
}

/**
 * Issues every request in one loop on the raw store and waits for the last one:
 * requests in a transaction complete in order, so its success means all before it
 * succeeded. One idb promise (and catch) per record cost about 0.7× a raw put again
 * at 10,000 rows. The first failing request names its record; the transaction then
 * aborts and every later request fails after it.
 */
export function writeEach<R extends { id: string } | { customerId: string }>(
  store: IDBObjectStore,
  records: readonly R[],
  method: 'put' | 'add',
  kind: string,
): Promise<void> {
  const name = (record: R) => `${kind} ${'id' in record ? record.id : record.customerId}`;
  return new Promise((resolve, reject) => {
    let last: IDBRequest | undefined;
    for (const record of records) {
      try {
        last = store[method](record);
      } catch (e) {
        reject(importFailure(name(record), e));
        return;
      }
      const request = last;
      request.onerror = () => reject(importFailure(name(record), request.error));
    }
    if (last) last.onsuccess = () => resolve();
    else resolve();
  });
}

async function writeBatch(tx: WriteTx, batch: AllRecords, overwrite: boolean): Promise<void> {
  const method = overwrite ? 'put' : 'add';
  await Promise.all([
    writeEach(unwrap(tx.objectStore('customers')), batch.customers, method, 'customer'),
    writeEach(unwrap(tx.objectStore('invitations')), batch.invitations, method, 'invitation'),
  ]);
}

/** Invitations must point at a customer in the batch or, when merging, in the store. */
async function checkOwners(tx: WriteTx, batch: AllRecords, inStore: boolean): Promise<void> {
  const inBatch = new Set(batch.customers.map((c) => c.id));
  const wanted = [...new Set(batch.invitations.map((i) => i.customerId))].filter(
    (id) => !inBatch.has(id),
  );
  const store = tx.objectStore('customers');
  const found = inStore ? await Promise.all(wanted.map((id) => store.getKey(id))) : [];
  const missing = wanted.filter((_, n) => found[n] === undefined);
  if (missing.length) {
    const ids = missing.slice(0, 5).join(', ');
    throw new DbAbort({
      code: 'invalid-input',
      message: `Nothing was imported: invitations refer to customers that do not exist (${ids}).`,
    });
  }
}

/** Adds (or with `overwrite`, replaces by id) every record of the batch, or none. */
export function putAll(
  input: AllRecordsInput,
  { overwrite = true }: PutAllOptions = {},
): Promise<DbResult<Written>> {
  const checked = checkBatch(input);
  if (!checked.ok) return Promise.resolve(checked);
  const batch = checked.value;
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    await checkOwners(tx, batch, true);
    markChanged(tx, 'all');
    await writeBatch(tx, batch, overwrite);
    await refreshLatestForBatch(
      { invitations: tx.objectStore('invitations'), latest: tx.objectStore('latest') },
      batch.invitations,
    );
    return ok({ customers: batch.customers.length, invitations: batch.invitations.length });
  });
}

/** Empties both stores and writes the batch (restore from a backup), or changes nothing. */
export function replaceAll(input: AllRecordsInput): Promise<DbResult<Written>> {
  const checked = checkBatch(input);
  if (!checked.ok) return Promise.resolve(checked);
  const batch = checked.value;
  return inTransaction(['customers', 'invitations', 'latest'], 'readwrite', async (tx) => {
    await checkOwners(tx, batch, false);
    markChanged(tx, 'all');
    const latest = tx.objectStore('latest');
    await Promise.all([
      tx.objectStore('customers').clear(),
      tx.objectStore('invitations').clear(),
      latest.clear(),
    ]);
    await writeBatch(tx, batch, false);
    // The same raw loop as the records (see writeEach), not one idb promise per summary.
    await writeEach(unwrap(latest), summarizeAll(batch.invitations), 'put', 'summary of customer');
    return ok({ customers: batch.customers.length, invitations: batch.invitations.length });
  });
}
