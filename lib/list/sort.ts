/**
 * Sorting the list by any column. Keys are compared as plain strings and numbers
 * (they are normalised already), which is several times faster than
 * `localeCompare` at 100,000 rows. Empty values go last in both directions, and
 * ties fall back to the name (A→Z), then the id, so the order is always the same.
 */
import { INVITATION_STATUSES } from '../schema';
import type { ListRow } from './rows';
import { searchKey } from './search';

export const SORT_KEYS = [
  'name',
  'contact',
  'domain',
  'cloud',
  'admin',
  'status',
  'sent',
  'waiting',
  'reminder',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

type Key = string | number | undefined;

const STATUS_ORDER = new Map<string, number>(INVITATION_STATUSES.map((s, i) => [s, i]));

function keyOf(row: ListRow, sort: SortKey): Key {
  const { customer, latest } = row;
  switch (sort) {
    case 'name':
      return row.nameKey;
    case 'contact':
      row.contactKey ??= searchKey(row.customer.contactName || row.customer.contactEmail);
      return row.contactKey || undefined;
    case 'domain':
      return customer.domain || undefined;
    case 'cloud':
      return customer.cloud;
    case 'admin':
      return latest === undefined ? undefined : latest.adminPrivileges ? 1 : 0;
    case 'status':
      return latest === undefined ? undefined : STATUS_ORDER.get(latest.status);
    case 'sent':
      return latest?.sentAt;
    case 'waiting':
      // Longest waiting = sent earliest: ascending days is descending sentAt.
      return latest?.status === 'sent' && latest.sentAt !== undefined ? -latest.sentAt : undefined;
    case 'reminder':
      return latest?.lastFollowUpAt;
  }
}

function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function tieBreak(a: ListRow, b: ListRow): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy; the keys are read once per row, not once per comparison. */
export function sortRows(
  rows: readonly ListRow[],
  sort: SortKey,
  direction: SortDirection,
): ListRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: keyOf(row, sort) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      const empty = compareKeys(a.key, b.key);
      if (empty !== 0) return empty;
    } else if (a.key !== b.key) {
      return a.key < b.key ? -sign : sign;
    }
    // Within equal keys the name order stays A→Z, except when the name is the sort.
    return sort === 'name' ? sign * tieBreak(a.row, b.row) : tieBreak(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}
