/**
 * The list model: one row per customer with the summary of its latest invitation
 * and the keys search and sort need, computed once when the list is loaded so a
 * keystroke only compares strings that already exist.
 */
import type { Customer, LatestInvitation } from '../schema';
import { searchTextOf } from './search';

export interface ListRow {
  /** The customer's id (stable key for rendering and selection). */
  id: string;
  customer: Customer;
  /** The latest invitation's summary; undefined when the customer has none. */
  latest?: LatestInvitation;
  /** Name, e-mail and domain normalised for search (search.ts). */
  searchText: string;
  /**
   * The stored `nameKey` (lib/db's index key), so the full list sorts exactly as the
   * name index the first page is read from: nothing jumps when the rest arrives.
   */
  nameKey: string;
  /** Contact name (else e-mail), normalised: made on the first sort by contact (sort.ts), not at load. */
  contactKey?: string;
}

export function buildRow(customer: Customer, latest?: LatestInvitation): ListRow {
  return {
    id: customer.id,
    customer,
    ...(latest ? { latest } : {}),
    searchText: searchTextOf(customer),
    nameKey: customer.nameKey,
  };
}

/** Customers joined with their summaries (one Map, one pass). */
export function joinRows(
  customers: readonly Customer[],
  latest: readonly LatestInvitation[],
): ListRow[] {
  const byCustomer = new Map(latest.map((l) => [l.customerId, l]));
  return customers.map((customer) => buildRow(customer, byCustomer.get(customer.id)));
}
