/**
 * A three-way merge, field by field, of a record an import planned to change:
 * `before` (as the preview read it), `after` (as the plan wants it) and `current`
 * (as stored now, read in the write transaction). A field the plan leaves alone
 * keeps whatever it is now (notes typed in another tab meanwhile); a field the
 * plan changes takes the plan's value if nobody else changed it, or is already
 * that value; otherwise the plan no longer fits and nothing is written.
 */

/** Deep equality for what IndexedDB and JSON hold: primitives, arrays, plain objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export type Merged<T> =
  | { ok: true; value: T; changed: boolean }
  | { ok: false; field: string; now: unknown; planned: unknown };

/**
 * `ignore`: fields the writer sets itself (updatedAt, index keys), never merged.
 * A field set to undefined in `after` is removed.
 */
export function mergeRecord<T extends object>(
  before: T,
  after: T,
  current: T,
  ignore: ReadonlySet<string> = new Set(),
): Merged<T> {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  let changed = false;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (ignore.has(field) || sameValue(b[field], a[field])) continue;
    const now = out[field];
    if (sameValue(now, a[field])) continue;
    if (!sameValue(now, b[field])) return { ok: false, field, now, planned: a[field] };
    if (a[field] === undefined) delete out[field];
    else out[field] = a[field];
    changed = true;
  }
  return { ok: true, value: out as T, changed };
}
