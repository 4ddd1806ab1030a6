// How a fast path through a schema is checked against the schema itself: over
// generated values close to a valid one, whatever the fast path takes, the schema
// must accept and give back unchanged.
import { expect } from 'vitest';

/** In a field's list of values: the field is left out. */
export const ABSENT = Symbol('absent');

function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** Records built from a base, each field replaced at random by one of its values. */
function* records(base: Record<string, unknown>, values: Record<string, unknown[]>, n: number) {
  const next = random(42);
  for (let i = 0; i < n; i++) {
    const record: Record<string, unknown> = { ...base };
    // Mostly one or two fields changed: close to valid records, where mistakes hide.
    for (const [field, options] of Object.entries(values)) {
      if (next() > 0.12) continue;
      const value = options[Math.floor(next() * options.length)];
      if (value === ABSENT) delete record[field];
      else record[field] = value;
    }
    yield record;
  }
}

export function agreesWithSchema(
  quick: (raw: unknown) => boolean,
  schema: { safeParse(raw: unknown): { success: boolean; data?: unknown } },
  base: Record<string, unknown>,
  values: Record<string, unknown[]>,
) {
  let taken = 0;
  let declined = 0;
  for (const record of records(base, values, 20_000)) {
    if (!quick(record)) {
      declined++;
      continue;
    }
    taken++;
    const parsed = schema.safeParse(record as never);
    expect(parsed.success, JSON.stringify(record)).toBe(true);
    expect(parsed.data, JSON.stringify(record)).toEqual(record);
  }
  // Both paths were exercised, or the check proves nothing.
  expect(taken).toBeGreaterThan(1000);
  expect(declined).toBeGreaterThan(1000);
}
