/**
 * Reading stored records through their zod schemas. A record that fails is
 * reported with its key and never handed on in part: stored data may have been
 * written by an older build, an import, or a bug.
 */
import { type Customer, CustomerSchema, type Invitation, InvitationSchema } from '../schema';
import { describeIssues } from '../schema/issues';
import { type DbResult, fail, ok } from './errors';

export interface InvalidRecord {
  store: 'customers' | 'invitations';
  /** The record's id when it has one, else its position in what was read. */
  key: string;
  message: string;
}

/** A list read from the database: the records that parsed and those that did not. */
export interface Listed<T> {
  items: T[];
  invalid: InvalidRecord[];
}

type Value<S extends InvalidRecord['store']> = S extends 'customers' ? Customer : Invitation;

function keyOf(raw: unknown, fallback: string): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : fallback;
}

/** Parses one stored record; `undefined` (absent) is `not-found`. */
export function parseStored<S extends InvalidRecord['store']>(
  store: S,
  raw: unknown,
  id: string,
): DbResult<Value<S>> {
  if (raw === undefined) return fail('not-found', `No ${singular(store)} with id ${id}.`);
  const parsed =
    store === 'customers' ? CustomerSchema.safeParse(raw) : InvitationSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data as Value<S>);
  return fail(
    'invalid-record',
    `The stored ${singular(store)} ${id} is damaged and was not used: ${describeIssues(parsed.error)}`,
  );
}

/** Parses a list; the failures are collected, not thrown, so one bad row hides nothing else. */
export function parseStoredList<S extends InvalidRecord['store']>(
  store: S,
  raws: unknown[],
): Listed<Value<S>> {
  const listed: Listed<Value<S>> = { items: [], invalid: [] };
  raws.forEach((raw, i) => {
    const key = keyOf(raw, `#${i}`);
    const parsed = parseStored(store, raw, key);
    if (parsed.ok) listed.items.push(parsed.value);
    else listed.invalid.push({ store, key, message: parsed.error.message });
  });
  return listed;
}

function singular(store: InvalidRecord['store']): string {
  return store === 'customers' ? 'customer' : 'invitation';
}
