/**
 * Search as the partner types: each keystroke filters the narrowest earlier
 * result it can, not the whole list. Typing a letter more can only narrow the
 * match (every word still has to occur, now as a longer word), so "zuri" filters
 * what "zur" found; a backspace returns a result already made. The cache is
 * dropped whenever anything but the query changed: the rows, a row in place
 * (`revision`), another filter, the time or the reminder delay.
 * (docs/ARCHITECTURE.md, "Budgets": a keystroke ≤ 16 ms at 100,000 customers.)
 */
import { type FilterContext, filterRows, type ListFilter } from './filter';
import type { ListRow } from './rows';
import { matchesTerms, queryTerms } from './search';

/** Results kept for going back (backspace) and for narrowing from. */
const KEPT = 24;

/** Whether rows matching `terms` are all among those matching `earlier`. */
function narrows(terms: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((word) => terms.some((term) => term.includes(word)));
}

export function createIncrementalFilter() {
  let base: { rows: readonly ListRow[]; rest: string; revision: number } | undefined;
  const results = new Map<string, { terms: string[]; rows: ListRow[] }>();

  return (
    rows: readonly ListRow[],
    filter: ListFilter,
    context: FilterContext,
    revision: number,
  ): ListRow[] => {
    const { query: _query, ...others } = filter;
    const rest = JSON.stringify([others, context.now, context.reminderDays]);
    if (base?.rows !== rows || base.rest !== rest || base.revision !== revision) {
      base = { rows, rest, revision };
      results.clear();
    }
    const terms = queryTerms(filter.query);
    const key = terms.join(' ');
    const kept = results.get(key);
    if (kept) return kept.rows;
    let from: ListRow[] | undefined;
    for (const earlier of results.values()) {
      if (narrows(terms, earlier.terms) && (!from || earlier.rows.length < from.length)) {
        from = earlier.rows;
      }
    }
    // An earlier result already passed the other filters: only the words are left to check.
    const found = from
      ? from.filter((row) => matchesTerms(row.searchText, terms))
      : filterRows(rows, filter, context);
    if (results.size >= KEPT) results.delete(results.keys().next().value as string);
    results.set(key, { terms, rows: found });
    return found;
  };
}
