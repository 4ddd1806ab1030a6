/**
 * Prefix search for the popup's autocomplete, through the name, e-mail and domain
 * indexes, so it stays fast at 100,000 customers (docs/ARCHITECTURE.md, Budgets)
 * without loading the store.
 */
import type { IDBPObjectStore } from 'idb';
import type { z } from 'zod/mini';
import type { Customer, LatestInvitation } from '../schema';
import { LatestInvitationSchema } from '../schema/records';
import { type DbResult, fail, ok } from './errors';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import { type Listed, parseStoredList } from './records';
import type { AppDB, AppStoreName } from './schema';
import { inTransaction } from './transaction';

function isCount(n: number, min: number): boolean {
  return Number.isInteger(n) && n >= min;
}

/** Every key that starts with `prefix` (no stored key contains U+FFFF). */
function startingWith(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

type CustomerStore = IDBPObjectStore<AppDB, ArrayLike<AppStoreName>, 'customers', 'readonly'>;

/** The searches of `findCustomers`, inside the caller's transaction. */
async function searchIn(store: CustomerStore, prefix: string, limit: number) {
  const searches = (
    [
      ['by-name', nameKeyOf(prefix)],
      ['by-email', emailKeyOf(prefix)],
      ['by-domain', domainKeyOf(prefix)],
    ] as const
  ).filter(([, key]) => key !== '');
  const found = await Promise.all(
    searches.map(([index, key]) => store.index(index).getAll(startingWith(key), limit)),
  );
  const seen = new Set<string>();
  const unique = found.flat().filter((raw) => {
    const id = (raw as { id?: unknown }).id;
    if (typeof id !== 'string') return true; // damaged: let the parse report it
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return parseStoredList('customers', unique.slice(0, limit));
}

function checkLimit(limit: number): DbResult<never> | undefined {
  return isCount(limit, 1)
    ? undefined
    : fail('invalid-input', `A search needs limit ≥ 1, not ${limit}.`);
}

/**
 * Customers whose name key, contact e-mail or domain starts with what was typed,
 * each normalised the way the stored key was. Name matches come first, then
 * e-mail, then domain; a customer appears once. Only the start of a key matches:
 * "caf" finds "Café Zürich" (key "cafe zurich"), "zur" does not — matching inner
 * words would need a multi-entry index of words (a new schema version).
 * An empty (or all-punctuation) prefix finds nothing.
 */
export function findCustomers(prefix: string, limit = 10): Promise<DbResult<Listed<Customer>>> {
  const refused = checkLimit(limit);
  if (refused) return Promise.resolve(refused);
  if (nameKeyOf(prefix) === '' && emailKeyOf(prefix) === '' && domainKeyOf(prefix) === '') {
    return Promise.resolve(ok({ items: [], invalid: [] }));
  }
  return inTransaction(['customers'], 'readonly', async (tx) =>
    ok(await searchIn(tx.objectStore('customers'), prefix, limit)),
  );
}

export interface Suggestion {
  customer: Customer;
  /** The summary of its latest invitation, when it has one (and it is readable). */
  latest?: LatestInvitation;
}

/**
 * `findCustomers` with each customer's latest invitation, read in the same
 * transaction, for the popup's suggestions ("Sent 12 days ago · waiting").
 */
export function suggestCustomers(prefix: string, limit = 6): Promise<DbResult<Listed<Suggestion>>> {
  const refused = checkLimit(limit);
  if (refused) return Promise.resolve(refused);
  return inTransaction(['customers', 'latest'], 'readonly', async (tx) => {
    const found = await searchIn(tx.objectStore('customers'), prefix, limit);
    const latest = tx.objectStore('latest');
    const summaries = await Promise.all(found.items.map((c) => latest.get(c.id)));
    const items = found.items.map((customer, i): Suggestion => {
      // Derived data: a damaged summary is left out, not an error (as in list.ts).
      const parsed = LatestInvitationSchema.safeParse(
        summaries[i] as z.input<typeof LatestInvitationSchema>,
      );
      return parsed.success ? { customer, latest: parsed.data } : { customer };
    });
    return ok({ items, invalid: found.invalid });
  });
}
