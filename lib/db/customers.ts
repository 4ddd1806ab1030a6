/**
 * Customers: create or update one, read one. The match rule lets the popup's
 * *Done* reuse the customer the partner wrote to before instead of adding it again.
 */
import type { IDBPObjectStore } from 'idb';
import type { z } from 'zod/mini';
import type { Customer } from '../schema';
import { describeIssues } from '../schema/issues';
import type { CustomerSchema } from '../schema/records';
import { markChanged } from './changes';
import { DbAbort, type DbResult } from './errors';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import { CustomerRecordSchema } from './record-schema';
import { parseStored } from './records';
import type { AppDB, AppStoreName } from './schema';
import { inTransaction } from './transaction';
import { nextVersion } from './version';

/**
 * What a caller gives for a customer. The keys and times are computed here. On an
 * update a field left `undefined` keeps its stored value; any value given
 * (including '') replaces it.
 */
export type CustomerInput = Omit<
  z.input<typeof CustomerSchema>,
  'id' | 'nameKey' | 'createdAt' | 'updatedAt'
> & { id?: string };

export interface UpsertedCustomer {
  customer: Customer;
  created: boolean;
}

type CustomerStore<S extends ArrayLike<AppStoreName>> = IDBPObjectStore<
  AppDB,
  S,
  'customers',
  'readwrite'
>;

/**
 * Finds the stored customer the input means: by id when one is given (an id
 * names exactly one customer, found or to be created under that id); otherwise
 * by contact e-mail, then by name key.
 */
async function findMatch<S extends ArrayLike<AppStoreName>>(
  store: CustomerStore<S>,
  input: CustomerInput,
): Promise<unknown> {
  if (input.id) return store.get(input.id);
  const email = emailKeyOf(input.contactEmail ?? '');
  if (email) {
    const byEmail = await store.index('by-email').get(email);
    if (byEmail) return byEmail;
  }
  const nameKey = nameKeyOf(input.name);
  return nameKey ? store.index('by-name').get(nameKey) : undefined;
}

function withoutUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The upsert's steps on a store of an open transaction, so recordSentInvitation
 * can run it in its own transaction. Throws `DbAbort` to roll that back.
 */
export async function upsertCustomerIn<S extends ArrayLike<AppStoreName>>(
  store: CustomerStore<S>,
  input: CustomerInput,
  now: number,
): Promise<UpsertedCustomer> {
  const raw = await findMatch(store, input);
  let existing: Customer | undefined;
  if (raw !== undefined) {
    const parsed = parseStored('customers', raw, String((raw as { id?: unknown }).id));
    if (!parsed.ok) throw new DbAbort(parsed.error);
    existing = parsed.value;
  }
  const merged = { ...existing, ...withoutUndefined(input) };
  const candidate = {
    ...merged,
    id: existing?.id ?? input.id ?? crypto.randomUUID(),
    nameKey: nameKeyOf(merged.name ?? ''),
    contactEmail: emailKeyOf(merged.contactEmail ?? ''),
    domain: domainKeyOf(merged.domain ?? ''),
    createdAt: existing?.createdAt ?? now,
    updatedAt: nextVersion(existing, now),
  };
  const parsed = CustomerRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new DbAbort({
      code: 'invalid-input',
      message: `The customer was not saved: ${describeIssues(parsed.error)}`,
    });
  }
  await store.put(parsed.data);
  markChanged(store.transaction, parsed.data.id);
  return { customer: parsed.data, created: existing === undefined };
}

/** Creates the customer, or updates the one it matches (see `findMatch`). */
export function upsertCustomer(
  input: CustomerInput,
  now = Date.now(),
): Promise<DbResult<UpsertedCustomer>> {
  return inTransaction(['customers'], 'readwrite', async (tx) => ({
    ok: true,
    value: await upsertCustomerIn(tx.objectStore('customers'), input, now),
  }));
}

export function getCustomer(id: string): Promise<DbResult<Customer>> {
  return inTransaction(['customers'], 'readonly', async (tx) =>
    parseStored('customers', await tx.objectStore('customers').get(id), id),
  );
}
