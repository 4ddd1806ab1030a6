/**
 * Prefix search for the popup's autocomplete, through the name, e-mail and domain
 * indexes, so it stays fast at 100,000 customers (docs/ARCHITECTURE.md, Budgets)
 * without loading the store.
 */
import type { Customer } from '../schema';
import { type DbResult, fail, ok } from './errors';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import { type Listed, parseStoredList } from './records';
import { inTransaction } from './transaction';

function isCount(n: number, min: number): boolean {
  return Number.isInteger(n) && n >= min;
}

/** Every key that starts with `prefix` (no stored key contains U+FFFF). */
function startingWith(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
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
  const searches = (
    [
      ['by-name', nameKeyOf(prefix)],
      ['by-email', emailKeyOf(prefix)],
      ['by-domain', domainKeyOf(prefix)],
    ] as const
  ).filter(([, key]) => key !== '');
  if (!isCount(limit, 1)) {
    return Promise.resolve(fail('invalid-input', `A search needs limit ≥ 1, not ${limit}.`));
  }
  if (searches.length === 0) return Promise.resolve(ok({ items: [], invalid: [] }));
  return inTransaction(['customers'], 'readonly', async (tx) => {
    const store = tx.objectStore('customers');
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
    return ok(parseStoredList('customers', unique.slice(0, limit)));
  });
}
