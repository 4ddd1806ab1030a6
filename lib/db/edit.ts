/**
 * Editing a customer from a page that shows it (the options page's details):
 * the edit carries the version it started from (`updatedAt`, see version.ts).
 * Saving over a newer version, or over a customer deleted meanwhile, is refused
 * with a sentence that says so: an upsert would have brought a deleted customer
 * back with a blank e-mail and domain, and the last of two tabs would have won
 * without a word.
 */
import type { Customer } from '../schema';
import { describeIssues } from '../schema/issues';
import { DbAbort, type DbResult, fail, ok } from './errors';
import { CustomerRecordSchema } from './record-schema';
import { parseStored } from './records';
import { inTransaction } from './transaction';
import { nextVersion } from './version';

/** The fields an edit may change; the rest (keys, times) follow from them. */
export type CustomerEdit = Partial<Pick<Customer, 'notes' | 'contactName'>>;

export interface EditOptions {
  /** `updatedAt` of the customer as the page loaded it. */
  basedOn: number;
  now?: number;
}

export function editCustomer(
  id: string,
  edit: CustomerEdit,
  { basedOn, now = Date.now() }: EditOptions,
): Promise<DbResult<Customer>> {
  return inTransaction(['customers'], 'readwrite', async (tx) => {
    const store = tx.objectStore('customers');
    const raw = await store.get(id);
    if (raw === undefined) {
      return fail(
        'not-found',
        'This customer was deleted (in another tab or window) after you opened it, so nothing was saved.',
      );
    }
    const current = parseStored('customers', raw, id);
    if (!current.ok) return current;
    if (current.value.updatedAt !== basedOn) {
      return fail(
        'conflict',
        'This customer was changed elsewhere (in another tab or window) after you opened it, so your change was not saved. Reload to see the current version; copy your text first if you want to keep it.',
      );
    }
    const parsed = CustomerRecordSchema.safeParse({
      ...current.value,
      ...edit,
      updatedAt: nextVersion(current.value, now),
    });
    if (!parsed.success) {
      const message = `Nothing was saved: ${describeIssues(parsed.error)}`;
      throw new DbAbort({ code: 'invalid-input', message });
    }
    await store.put(parsed.data);
    return ok(parsed.data);
  });
}
