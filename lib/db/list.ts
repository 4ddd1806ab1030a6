/**
 * Reads for the options page's customer list and the reminders: customers joined
 * with the summary of their latest invitation (latest.ts), never the invitations
 * themselves. The first page comes from an index cursor, so it shows at once; the
 * rest is read in chunks of the key space, each chunk one transaction over both
 * stores, so a customer and its summary are always read together.
 */
import type { z } from 'zod/mini';
import type { Customer, InvitationStatus, LatestInvitation } from '../schema';
import { quickLatest } from '../schema/quick-parse';
import { LatestInvitationSchema } from '../schema/records';
import { type DbResult, ok } from './errors';
import { quickCustomerRecord } from './record-schema';
import { type InvalidRecord, type Listed, parseStored } from './records';
import { inTransaction } from './transaction';

export interface ListChunk {
  customers: Customer[];
  /** The summaries of those customers that have invitations. */
  latest: LatestInvitation[];
  /** Damaged customers, named so the page can say so. */
  invalid: InvalidRecord[];
}

export interface ListChunkPage extends ListChunk {
  /** Pass as `after` for the next chunk; undefined when this was the last. */
  nextAfter?: string;
}

export interface FirstListPage extends ListChunk {
  /** All customers in the store. */
  total: number;
}

/**
 * A damaged summary is derived data: it is left out (the customer shows without a
 * status) rather than failing the list; the next write to that customer rewrites it.
 */
export function parseLatest(raws: unknown[]): LatestInvitation[] {
  const out: LatestInvitation[] = [];
  for (const raw of raws) {
    if (quickLatest(raw)) {
      out.push(raw);
      continue;
    }
    const parsed = LatestInvitationSchema.safeParse(raw as z.input<typeof LatestInvitationSchema>);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** `parseStoredList('customers', …)` with the fast path for records already exactly right (quick-parse.ts). */
export function parseCustomers(raws: unknown[]): Listed<Customer> {
  const listed: Listed<Customer> = { items: [], invalid: [] };
  raws.forEach((raw, i) => {
    if (quickCustomerRecord(raw)) {
      listed.items.push(raw);
      return;
    }
    const id = (raw as { id?: unknown } | null)?.id;
    const key = typeof id === 'string' && id !== '' ? id : `#${i}`;
    const parsed = parseStored('customers', raw, key);
    if (parsed.ok) listed.items.push(parsed.value);
    else listed.invalid.push({ store: 'customers', key, message: parsed.error.message });
  });
  return listed;
}

/** The first `limit` customers by name (ascending or descending), with their summaries. */
export function readFirstListPage({
  limit = 60,
  direction = 'next',
}: {
  limit?: number;
  direction?: 'next' | 'prev';
} = {}): Promise<DbResult<FirstListPage>> {
  return inTransaction(['customers', 'latest'], 'readonly', async (tx) => {
    const store = tx.objectStore('customers');
    const totalRequest = store.count();
    const byName = store.index('by-name');
    // One request for the common ascending case; a cursor only to read backwards.
    let raws: unknown[] = [];
    if (direction === 'next') raws = await byName.getAll(null, limit);
    else {
      let cursor = await byName.openCursor(null, direction);
      while (cursor && raws.length < limit) {
        raws.push(cursor.value);
        if (raws.length >= limit) break;
        cursor = await cursor.continue();
      }
    }
    const listed = parseCustomers(raws);
    const latestStore = tx.objectStore('latest');
    const latest = await Promise.all(listed.items.map((c) => latestStore.get(c.id)));
    return ok({
      customers: listed.items,
      latest: parseLatest(latest.filter((l) => l !== undefined)),
      invalid: listed.invalid,
      total: await totalRequest,
    });
  });
}

/** Customers after the key `after` (all from the start when undefined), at most `limit`. */
export function readListChunk(
  after: string | undefined,
  limit = 5000,
): Promise<DbResult<ListChunkPage>> {
  return inTransaction(
    ['customers', 'latest'],
    'readonly',
    async (tx): Promise<DbResult<ListChunkPage>> => {
      const from = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const raws = await tx.objectStore('customers').getAll(from, limit);
      const lastKey = (raws.at(-1) as { id?: unknown } | undefined)?.id;
      if (typeof lastKey !== 'string') {
        return ok({
          customers: [],
          latest: [],
          invalid: parseCustomers(raws).invalid,
        });
      }
      const range =
        after === undefined
          ? IDBKeyRange.upperBound(lastKey)
          : IDBKeyRange.bound(after, lastKey, true, false);
      const latest = parseLatest(await tx.objectStore('latest').getAll(range));
      const listed = parseCustomers(raws);
      return ok({
        customers: listed.items,
        latest,
        invalid: listed.invalid,
        ...(raws.length === limit ? { nextAfter: lastKey } : {}),
      });
    },
  );
}

/** Every summary with the given status (the reminders read the `sent` ones). */
export function listLatestByStatus(
  status: InvitationStatus,
): Promise<DbResult<LatestInvitation[]>> {
  return inTransaction(['latest'], 'readonly', async (tx) =>
    ok(parseLatest(await tx.objectStore('latest').index('by-status').getAll(status))),
  );
}

/** Customers by id (the reminders' notification names them); missing ids are left out. */
export function getCustomers(ids: readonly string[]): Promise<DbResult<Customer[]>> {
  return inTransaction(['customers'], 'readonly', async (tx) => {
    const store = tx.objectStore('customers');
    const raws = await Promise.all(ids.map((id) => store.get(id)));
    return ok(parseCustomers(raws.filter((r) => r !== undefined)).items);
  });
}
