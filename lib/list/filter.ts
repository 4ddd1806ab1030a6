/**
 * The list's filters. Pure and synchronous over arrays already in memory: a
 * keystroke in search never touches IndexedDB (docs/ARCHITECTURE.md, "Budgets": ≤ 50 ms at 10,000).
 */
import { followUpReasons, needsFollowUp } from '../reminders/due';
import type { Cloud, InvitationStatus } from '../schema';
import type { ListRow } from './rows';
import { matchesTerms, queryTerms } from './search';
import { waitingLongerThan } from './waiting';

/** `none`: customers without any invitation. */
export type StatusFilter = 'all' | 'none' | InvitationStatus;
export type CloudFilter = 'all' | Cloud;

export interface ListFilter {
  query: string;
  status: StatusFilter;
  cloud: CloudFilter;
  /** Only invitations `sent` more than this many days ago. */
  waitingDays?: number;
  /** Only customers the reminders flag (reminders/due.ts). */
  followUp: boolean;
  /** Only customers whose GDAP request is about to expire, or has (reminders/due.ts). */
  gdap: boolean;
}

export interface FilterContext {
  now: number;
  /** Settings.reminderDays, for `followUp`. */
  reminderDays: number;
}

export const NO_FILTER: ListFilter = {
  query: '',
  status: 'all',
  cloud: 'all',
  followUp: false,
  gdap: false,
};

export function isFiltered(filter: ListFilter): boolean {
  return (
    queryTerms(filter.query).length > 0 ||
    filter.status !== 'all' ||
    filter.cloud !== 'all' ||
    filter.waitingDays !== undefined ||
    filter.followUp ||
    filter.gdap
  );
}

/** A predicate for one filter, with the query normalised once, not once per row. */
export function rowPredicate(
  filter: ListFilter,
  { now, reminderDays }: FilterContext,
): (row: ListRow) => boolean {
  const terms = queryTerms(filter.query);
  const { status, cloud, waitingDays, followUp, gdap } = filter;
  return (row) => {
    if (status !== 'all') {
      if (status === 'none' ? row.latest !== undefined : row.latest?.status !== status) {
        return false;
      }
    }
    if (cloud !== 'all' && row.customer.cloud !== cloud) return false;
    if (waitingDays !== undefined && !waitingLongerThan(row.latest, waitingDays, now)) return false;
    if (followUp && !needsFollowUp(row.latest, now, reminderDays)) return false;
    if (gdap && !isGdapExpiring(row, now, reminderDays)) return false;
    return matchesTerms(row.searchText, terms);
  };
}

function isGdapExpiring(row: ListRow, now: number, reminderDays: number): boolean {
  return (
    row.latest !== undefined &&
    followUpReasons(row.latest, now, reminderDays).includes('gdap-expiring')
  );
}

/** The rows that pass, in their given (sorted) order. */
export function filterRows(
  rows: readonly ListRow[],
  filter: ListFilter,
  context: FilterContext,
): ListRow[] {
  if (!isFiltered(filter)) return rows.slice();
  return rows.filter(rowPredicate(filter, context));
}
