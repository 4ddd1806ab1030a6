/**
 * Reads for the options page and the popup: a sorted page of customers, counts per
 * status, and prefix search for autocomplete. All go through indexes, so they stay
 * fast at 100,000 customers (DESIGN.md budgets) without loading the store.
 */
import { type Customer, INVITATION_STATUSES, type InvitationStatus } from '../schema';
import { type DbResult, fail, ok } from './errors';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import { type Listed, parseStoredList } from './records';
import type { CustomerIndex } from './schema';
import { inTransaction } from './transaction';

export interface CustomerPageRequest {
  /** The sort: name (its key), e-mail, domain or last update. */
  index?: CustomerIndex;
  /** `next` ascending, `prev` descending (e.g. most recently updated first). */
  direction?: 'next' | 'prev';
  offset?: number;
  limit?: number;
}

export interface CustomerPage extends Listed<Customer> {
  /** All customers in the store, for "page 3 of 40". */
  total: number;
}

function isCount(n: number, min: number): boolean {
  return Number.isInteger(n) && n >= min;
}

/** One page of customers sorted by an index; ties keep id order, so pages never overlap. */
export function listCustomersPage({
  index = 'by-name',
  direction = 'next',
  offset = 0,
  limit = 50,
}: CustomerPageRequest = {}): Promise<DbResult<CustomerPage>> {
  if (!isCount(offset, 0) || !isCount(limit, 1)) {
    return Promise.resolve(
      fail('invalid-input', `A page needs offset ≥ 0 and limit ≥ 1, not ${offset} and ${limit}.`),
    );
  }
  return inTransaction(['customers'], 'readonly', async (tx) => {
    const store = tx.objectStore('customers');
    const total = await store.count();
    const raws: unknown[] = [];
    let cursor = await store.index(index).openCursor(null, direction);
    // advance(0) is a TypeError in IndexedDB, hence the guard.
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor) {
      raws.push(cursor.value);
      if (raws.length >= limit) break;
      cursor = await cursor.continue();
    }
    return ok({ ...parseStoredList('customers', raws), total });
  });
}

/** How many invitations are in each status (every status present, 0 when none). */
export function countByStatus(): Promise<DbResult<Record<InvitationStatus, number>>> {
  return inTransaction(['invitations'], 'readonly', async (tx) => {
    const index = tx.objectStore('invitations').index('by-status');
    const counts = await Promise.all(INVITATION_STATUSES.map((status) => index.count(status)));
    const entries = INVITATION_STATUSES.map((status, i) => [status, counts[i] ?? 0]);
    return ok(Object.fromEntries(entries) as Record<InvitationStatus, number>);
  });
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
