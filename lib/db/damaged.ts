/**
 * Stored records that fail their schema (written by an older build, an import
 * before today's checks, or a bug). They are never handed on in part, but they
 * are not hidden either: the options page counts them, and this reads them raw
 * so the partner (or support) can export and repair them.
 */
import { type DbResult, ok } from './errors';
import { type InvalidRecord, parseStoredList } from './records';
import { inTransaction } from './transaction';

export interface DamagedRecord extends InvalidRecord {
  /** The value as IndexedDB holds it. */
  raw: unknown;
}

/** Every damaged customer and invitation, raw; one read of both stores. */
export function readDamagedRecords(): Promise<DbResult<DamagedRecord[]>> {
  return inTransaction(['customers', 'invitations'], 'readonly', async (tx) => {
    const [customers, invitations] = await Promise.all([
      tx.objectStore('customers').getAll(),
      tx.objectStore('invitations').getAll(),
    ]);
    const damaged: DamagedRecord[] = [];
    for (const [store, raws] of [
      ['customers', customers],
      ['invitations', invitations],
    ] as const) {
      const { invalid } = parseStoredList(store, raws);
      const byKey = new Map(raws.map((raw, i) => [keyOf(raw, i), raw as unknown]));
      for (const record of invalid) damaged.push({ ...record, raw: byKey.get(record.key) });
    }
    return ok(damaged);
  });
}

function keyOf(raw: unknown, i: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${i}`;
}

/**
 * JSON of the damaged records. IndexedDB holds what JSON cannot (BigInt, Map,
 * cycles), and a damaged record may hold exactly that: each is written as text
 * rather than making the export fail.
 */
export function damagedRecordsJson(records: readonly DamagedRecord[], exportedAt: string): string {
  const seen = new WeakSet<object>();
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value === 'bigint') return `${value}n`;
    if (value instanceof Map) return { map: [...value.entries()] };
    if (value instanceof Set) return { set: [...value.values()] };
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[circular]';
      seen.add(value);
    }
    return value;
  };
  return `${JSON.stringify({ exportedAt, damaged: records }, replacer, 2)}\n`;
}
