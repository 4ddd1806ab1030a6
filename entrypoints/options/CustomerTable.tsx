/**
 * The customer list: a real <table> that renders only the rows in view (fixed row
 * height, spacer rows above and below), so 100,000 customers cost what 30 do.
 * aria-rowcount / aria-rowindex tell assistive technology the full size.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { daysWaiting, type ListRow, type SortKey } from '../../lib/list';
import { CustomerRow } from './CustomerRow';
import { type AppState, useAppState } from './state';

export const ROW_HEIGHT = 44;
/** Rows rendered beyond the edges, so a fast scroll does not show blank space. */
const OVERSCAN = 6;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'options_col_name' },
  { key: 'contact', label: 'options_col_contact' },
  { key: 'domain', label: 'options_col_domain' },
  { key: 'cloud', label: 'options_col_cloud' },
  { key: 'admin', label: 'options_col_admin' },
  { key: 'status', label: 'options_col_status' },
  { key: 'sent', label: 'options_col_sent' },
  { key: 'waiting', label: 'options_col_waiting' },
  { key: 'reminder', label: 'options_col_reminder' },
];

function toggleSort(state: AppState, key: SortKey): void {
  if (state.sort.value === key) {
    state.direction.value = state.direction.value === 'asc' ? 'desc' : 'asc';
  } else {
    state.sort.value = key;
    state.direction.value = 'asc';
  }
}

function SelectAll({ rows }: { rows: ListRow[] }) {
  const state = useAppState();
  const selected = state.selection.value;
  // Nothing selected (the common case): no pass over every shown row on each keystroke.
  const all = selected.size > 0 && rows.length > 0 && rows.every((row) => selected.has(row.id));
  const some = selected.size > 0 && !all && rows.some((row) => selected.has(row.id));
  return (
    <input
      type="checkbox"
      aria-label={t('options_selectAllShown')}
      checked={all}
      indeterminate={some}
      disabled={rows.length === 0}
      onChange={(e) => {
        const next = new Set(selected);
        for (const row of rows) {
          if (e.currentTarget.checked) next.add(row.id);
          else next.delete(row.id);
        }
        state.selection.value = next;
      }}
    />
  );
}

function Header({ rows }: { rows: ListRow[] }) {
  const state = useAppState();
  const sort = state.sort.value;
  const direction = state.direction.value;
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" class="col-select">
          <SelectAll rows={rows} />
        </th>
        {COLUMNS.map(({ key, label }) => (
          <th
            key={key}
            scope="col"
            class={`col-${key}`}
            aria-sort={
              sort === key ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
            }
          >
            <button type="button" class="sort" onClick={() => toggleSort(state, key)}>
              {t(label)}
              <span aria-hidden="true" class="sort-mark">
                {sort === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </span>
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * Marks for `npm run bench`: the first rows on screen (once a page), the whole
 * list in memory, sorted and rendered (once a page), and every render of the rows.
 */
function markRendered(state: AppState, count: number, complete: boolean): void {
  if ((count > 0 || complete) && state.firstRowsDue()) performance.mark('first-rows');
  if (complete && state.wholeListDue()) performance.mark('list-loaded');
  performance.clearMarks('rows-rendered');
  performance.mark('rows-rendered', { detail: { count } });
}

function useViewport(ref: { current: HTMLElement | null }) {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 600 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      setViewport((v) => ({ ...v, height: el.clientHeight })),
    );
    observer.observe(el);
    setViewport({ scrollTop: el.scrollTop, height: el.clientHeight });
    return () => observer.disconnect();
  }, []);
  return [viewport, setViewport] as const;
}

export function CustomerTable() {
  const state = useAppState();
  const rows = state.shown.value;
  const complete = state.phase.value === 'complete';
  const ref = useRef<HTMLElement>(null);
  const [{ scrollTop, height }, setViewport] = useViewport(ref);
  const frame = useRef(0);
  const restored = useRef(false);

  // Back where the partner was (reload, or a link with #top=…), once the rows exist.
  useLayoutEffect(() => {
    const el = ref.current;
    if (restored.current || !el || !complete) return;
    restored.current = true;
    if (state.top.value > 0) el.scrollTop = state.top.value * ROW_HEIGHT;
  }, [complete]);

  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const slice = rows.slice(start, end);

  useLayoutEffect(() => markRendered(state, slice.length, complete));

  const onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      setViewport({ scrollTop: el.scrollTop, height: el.clientHeight });
      if (restored.current || complete) state.top.value = Math.floor(el.scrollTop / ROW_HEIGHT);
    });
  };

  const now = state.now.value;
  const selection = state.selection.value;
  return (
    // A named <section> is a region landmark. Every row holds focusable controls, so
    // tabbing through them scrolls the list (and renders the rows that come into view).
    <section
      class="table-scroll"
      ref={ref}
      onScroll={onScroll}
      aria-label={t('options_tableRegion')}
    >
      <table class="customers" aria-rowcount={rows.length + 1} aria-busy={!complete}>
        <caption class="visually-hidden">{t('options_tableCaption')}</caption>
        <Header rows={rows} />
        <tbody>
          {start > 0 ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no control; Biome counts every <tr> as focusable (a grid row).
            <tr class="spacer" aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          ) : null}
          {slice.map((row, i) => (
            <CustomerRow
              key={row.id}
              row={row}
              customer={row.customer}
              latest={row.latest}
              index={start + i + 2}
              selected={selection.has(row.id)}
              days={daysWaiting(row.latest, now)}
            />
          ))}
          {end < rows.length ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no control; Biome counts every <tr> as focusable (a grid row).
            <tr
              class="spacer"
              aria-hidden="true"
              style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }}
            >
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 && complete ? (
        <p class="empty">
          {t(state.customerCount.value === 0 ? 'options_emptyList' : 'options_noMatch')}
        </p>
      ) : null}
    </section>
  );
}
