/**
 * Records as the merge sees them (lib/team/merge.ts): a customer or invitation
 * becomes plain fields and set fields, each with its change time; a local write
 * since the last agreement (an outbox entry) dates the fields it changed.
 */
import type { Customer, Invitation } from '../schema';
import { canonical, emptyDoc, isDeleted, type TeamDoc } from './merge';

export type Kind = 'customer' | 'invitation';

/** Merged as sets, never overwritten (docs/MICROSOFT.md, "Team sharing: merging"). */
export const SET_FIELDS: Record<Kind, readonly string[]> = {
  customer: ['noteEntries'],
  invitation: ['history', 'followUps'],
};

/** Derived from another field, so never merged on its own. */
const DERIVED: Record<Kind, readonly string[]> = {
  customer: ['nameKey'],
  invitation: [],
};

export const keyOf = (kind: Kind, id: string) => `${kind === 'customer' ? 'c' : 'i'}:${id}`;

/** The record's own fields and sets (undated). */
function split(kind: Kind, record: Customer | Invitation): Pick<TeamDoc, 'fields' | 'sets'> {
  const fields: Record<string, unknown> = {};
  const sets: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || DERIVED[kind].includes(key)) continue;
    if (SET_FIELDS[kind].includes(key)) sets[key] = Array.isArray(value) ? value : [];
    else fields[key] = value;
  }
  for (const key of SET_FIELDS[kind]) sets[key] ??= [];
  return { fields, sets };
}

/**
 * This profile's version of a record: the last agreed doc (`shadow`) with the
 * fields the local record now holds differently dated `at` and signed `by`. A
 * record gone locally that the team still has becomes a tombstone at `at`.
 */
export function localDoc(
  kind: Kind,
  record: Customer | Invitation | undefined,
  shadow: TeamDoc | undefined,
  at: number,
  by: string,
): TeamDoc | undefined {
  if (!record) {
    if (!shadow || isDeleted(shadow)) return shadow;
    return { ...structuredClone(shadow), deletedAt: at, deletedBy: by };
  }
  const now = split(kind, record);
  const out = shadow ? structuredClone(shadow) : emptyDoc();
  // A record that was deleted and is back (an undo): every field counts as new.
  const back = shadow !== undefined && isDeleted(shadow);
  const keys = new Set([...Object.keys(now.fields), ...Object.keys(out.fields)]);
  for (const key of out.sets ? Object.keys(out.sets) : []) keys.delete(key);
  for (const key of keys) {
    if (!back && canonical(now.fields[key]) === canonical(out.fields[key]) && key in out.times)
      continue;
    if (now.fields[key] === undefined) delete out.fields[key];
    else out.fields[key] = now.fields[key];
    out.times[key] = at;
    out.by[key] = by;
  }
  for (const key of SET_FIELDS[kind]) {
    const mine = now.sets[key] ?? [];
    const theirs = out.sets[key] ?? [];
    if (!back && canonical(mine) === canonical(theirs) && key in out.times) continue;
    out.sets[key] = mine;
    out.times[key] = at;
    out.by[key] = by;
  }
  return out;
}

/** The record a merged doc stands for, or undefined when it is deleted. */
export function recordOf(
  kind: Kind,
  doc: TeamDoc,
  nameKeyOf: (name: string) => string,
): Customer | Invitation | undefined {
  if (isDeleted(doc)) return undefined;
  const record: Record<string, unknown> = { ...doc.fields };
  for (const key of SET_FIELDS[kind]) {
    const entries = doc.sets[key] ?? [];
    // An optional list left out when empty, as the local writers store it.
    if (entries.length > 0 || key === 'history') record[key] = entries;
  }
  if (kind === 'customer') record.nameKey = nameKeyOf(String(record.name ?? ''));
  return record as unknown as Customer | Invitation;
}
