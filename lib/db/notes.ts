/**
 * Dated notes on a customer: each save appends one entry, read and written in one
 * transaction, so two tabs saving at once both keep their note (a whole-text
 * rewrite would let the later one drop the earlier).
 */
import type { Customer, NoteEntry } from '../schema';
import { describeIssues } from '../schema/issues';
import { markChanged } from './changes';
import { DbAbort, type DbResult, ok } from './errors';
import { CustomerRecordSchema as CustomerSchema } from './record-schema';
import { parseStored } from './records';
import { inTransaction } from './transaction';
import { nextVersion } from './version';

export interface NoteInput {
  text: string;
  /** Who wrote it (the profile's name); '' when unknown. */
  author: string;
  /** When (epoch ms); defaults to now. */
  at?: number;
}

export function addNote(
  customerId: string,
  { text, author, at = Date.now() }: NoteInput,
): Promise<DbResult<Customer>> {
  return inTransaction(['customers'], 'readwrite', async (tx) => {
    const store = tx.objectStore('customers');
    const current = parseStored('customers', await store.get(customerId), customerId);
    if (!current.ok) return current;
    const entry: NoteEntry = { at, author: author.trim(), text: text.trim() };
    const parsed = CustomerSchema.safeParse({
      ...current.value,
      noteEntries: [...(current.value.noteEntries ?? []), entry],
      updatedAt: nextVersion(current.value, at),
    });
    if (!parsed.success) {
      const message = `The note was not saved: ${describeIssues(parsed.error)}`;
      throw new DbAbort({ code: 'invalid-input', message });
    }
    await store.put(parsed.data);
    markChanged(tx, customerId);
    return ok(parsed.data);
  });
}
