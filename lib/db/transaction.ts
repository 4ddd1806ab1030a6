/**
 * Running work in one transaction with an all-or-nothing outcome.
 *
 * idb's rule: inside a transaction await nothing but that transaction's own
 * requests, or the browser commits it early (it auto-commits as soon as no
 * request is pending). `work` must follow it; validation that needs no reads
 * belongs before `inTransaction`.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { announceCommitted } from './changes';
import { type DbResult, fail, toDbError } from './errors';
import { getDb } from './open';
import type { AppDB } from './schema';

type Stores = StoreNames<AppDB>[];

export type Tx<S extends Stores, M extends IDBTransactionMode> = IDBPTransaction<AppDB, S, M>;

/**
 * Resolves to `work`'s result once the transaction has committed. If `work`
 * returns an error or throws (a `DbAbort`, a failed request), the transaction is
 * aborted, so nothing it wrote stays, and the error is the result.
 */
export async function inTransaction<const S extends Stores, M extends IDBTransactionMode, T>(
  stores: S,
  mode: M,
  work: (tx: Tx<S, M>) => Promise<DbResult<T>>,
): Promise<DbResult<T>> {
  let tx: Tx<S, M>;
  try {
    // A write also writes its outbox entry (changes.ts), so the outbox is in every write.
    const scope =
      mode === 'readwrite' && !stores.includes('outbox' as never) ? [...stores, 'outbox'] : stores;
    tx = (await getDb()).transaction(scope as S, mode);
  } catch (e) {
    const error = toDbError(e);
    return fail(error.code, error.message);
  }
  // Settled here and awaited below, so an abort is never an unhandled rejection.
  const done = tx.done.then(
    () => undefined,
    (e: unknown) => e ?? new Error('transaction aborted'),
  );
  let result: DbResult<T>;
  try {
    result = await work(tx);
  } catch (e) {
    result = { ok: false, error: toDbError(e) };
  }
  if (!result.ok) abortQuietly(tx);
  const txError = await done;
  if (!result.ok) return result;
  if (txError !== undefined) {
    const error = toDbError(txError);
    return fail(error.code, error.message);
  }
  // Every open page shows it (changes.ts); only once it is on disk.
  if (mode === 'readwrite') announceCommitted(tx);
  return result;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request, or finished: nothing left to undo.
  }
}
