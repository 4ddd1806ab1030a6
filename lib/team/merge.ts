/**
 * The team merge (docs/MICROSOFT.md, "Team sharing: merging"): two versions of
 * one record become one, field by field, without loss, and in an order that does
 * not matter — merge(a, b) equals merge(b, a), and merging again changes nothing —
 * so every profile that has seen the same versions shows the same record.
 *
 * - A plain field carries its own change time; the later one wins. Equal times
 *   (two profiles, one millisecond) are settled by the value itself, the same way
 *   everywhere.
 * - A set field (dated notes, status history, reminders) is merged as a union:
 *   an entry is never overwritten or dropped.
 * - A delete is a tombstone with its time. It hides the record only while no
 *   edit is later than it: a delete wins over older edits, and an edit made after
 *   the delete brings the record back with that edit.
 *
 * Pure: no clock, no storage; lib/team/sync.ts feeds it.
 */

/** One record as the team knows it: its fields and, per field, when and by whom it changed. */
export interface TeamDoc {
  /** Plain fields (absent = not set). */
  fields: Record<string, unknown>;
  /** Set fields: arrays of entries, merged as sets. */
  sets: Record<string, unknown[]>;
  /** Epoch ms of the last change, per plain or set field. */
  times: Record<string, number>;
  /** Who made that change (a display name; '' when unknown), per field. */
  by: Record<string, string>;
  /** The latest delete, if any. */
  deletedAt?: number;
  deletedBy?: string;
}

export const emptyDoc = (): TeamDoc => ({ fields: {}, sets: {}, times: {}, by: {} });

/** A stable text for a value: object keys sorted, so equal values give equal text. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

/** An entry's time, for ordering a merged set (entries without one sort first). */
function entryTime(entry: unknown): number {
  const at = (entry as { at?: unknown } | null)?.at;
  return typeof at === 'number' ? at : 0;
}

/** The union of two sets of entries, each once, ordered by time then by text. */
export function unionEntries(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const entry of [...a, ...b]) byKey.set(canonical(entry), entry);
  return [...byKey.entries()]
    .sort(([ka, ea], [kb, eb]) => entryTime(ea) - entryTime(eb) || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, entry]) => entry);
}

/** Which side's plain field wins: the later change; on a tie, the greater value text. */
function pick(a: TeamDoc, b: TeamDoc, key: string): TeamDoc {
  const ta = a.times[key] ?? Number.NEGATIVE_INFINITY;
  const tb = b.times[key] ?? Number.NEGATIVE_INFINITY;
  if (ta !== tb) return ta > tb ? a : b;
  const ca = canonical(a.fields[key]);
  const cb = canonical(b.fields[key]);
  if (ca !== cb) return ca > cb ? a : b;
  return (a.by[key] ?? '') >= (b.by[key] ?? '') ? a : b;
}

export function mergeDocs(a: TeamDoc, b: TeamDoc): TeamDoc {
  const out = emptyDoc();
  const plain = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
  for (const key of Object.keys(a.times)) if (!(key in a.sets)) plain.add(key);
  for (const key of Object.keys(b.times)) if (!(key in b.sets)) plain.add(key);
  for (const key of plain) {
    const winner = pick(a, b, key);
    if (winner.fields[key] !== undefined) out.fields[key] = winner.fields[key];
    const t = winner.times[key];
    if (t !== undefined) out.times[key] = t;
    out.by[key] = winner.by[key] ?? '';
  }
  for (const key of new Set([...Object.keys(a.sets), ...Object.keys(b.sets)])) {
    out.sets[key] = unionEntries(a.sets[key] ?? [], b.sets[key] ?? []);
    const ta = a.times[key] ?? Number.NEGATIVE_INFINITY;
    const tb = b.times[key] ?? Number.NEGATIVE_INFINITY;
    const later = ta !== tb ? (ta > tb ? a : b) : (a.by[key] ?? '') >= (b.by[key] ?? '') ? a : b;
    if (later.times[key] !== undefined) out.times[key] = later.times[key]!;
    out.by[key] = later.by[key] ?? '';
  }
  const da = a.deletedAt ?? Number.NEGATIVE_INFINITY;
  const db = b.deletedAt ?? Number.NEGATIVE_INFINITY;
  if (a.deletedAt !== undefined || b.deletedAt !== undefined) {
    const later = da > db ? a : db > da ? b : (a.deletedBy ?? '') >= (b.deletedBy ?? '') ? a : b;
    out.deletedAt = later.deletedAt!;
    out.deletedBy = later.deletedBy ?? '';
  }
  return out;
}

/** The latest change to any field (a set's entry counts as a change of that set). */
export function lastEdit(doc: TeamDoc): number {
  return Math.max(Number.NEGATIVE_INFINITY, ...Object.values(doc.times));
}

/** Deleted: a tombstone later than every edit. An edit at the same millisecond keeps the record. */
export function isDeleted(doc: TeamDoc): boolean {
  return doc.deletedAt !== undefined && doc.deletedAt > lastEdit(doc);
}

/** Same content (fields, sets, times, authors, tombstone): nothing to send or store. */
export function sameDoc(a: TeamDoc, b: TeamDoc): boolean {
  return canonical(a) === canonical(b);
}
