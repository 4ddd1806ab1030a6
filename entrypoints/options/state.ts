/**
 * The options page's state (docs/ARCHITECTURE.md, "State and actions in the
 * pages": one `createAppState()` of signals and computed values, handed down
 * through context; actions are plain functions in their own files).
 *
 * The list is `rows` (every customer, loaded once) → `sorted` (only when the sort
 * or the rows change) → `shown` (filters and search over the sorted array, in
 * memory). A status change or a delete patches rows in place and bumps
 * `revision`, so it re-filters without sorting 100,000 rows again.
 *
 * Everything mutable the page keeps lives here, in the object or in closures it
 * creates (the load and toast counters too): a module holds no state of its own.
 * (format.ts keeps caches of answers that cannot change while the page is open.)
 */
import { computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  type CloudFilter,
  createIncrementalFilter,
  type ListFilter,
  type ListRow,
  type SortDirection,
  type SortKey,
  type StatusFilter,
  sortRows,
  type ViewState,
} from '../../lib/list';
import { type Overview, pipelineOf } from '../../lib/reminders/overview';
import { type PartnerProfile, type Settings, SettingsSchema } from '../../lib/schema';
import type { ImportView } from './import-view';
import { createOnce, createSequence, summariesOf } from './state-helpers';

export type LoadPhase = 'loading' | 'first-page' | 'complete';

export interface Toast {
  id: number;
  text: string;
  kind: 'ok' | 'error';
  /** Offered as an `Undo` button while the toast shows. */
  undo?: () => Promise<void>;
}

export function createAppState(view: ViewState) {
  const rows = signal<ListRow[]>([]);
  const revision = signal(0);
  const phase = signal<LoadPhase>('loading');
  /** Customers in the database as the first page's count said (before every row is in). */
  const total = signal(0);
  const loadError = signal<string | undefined>(undefined);
  /** Stored customers that could not be read (lib/db never hands them on): counted, not hidden. */
  const unreadable = signal(0);
  /** Deleted in this session (and not undone): hidden without re-sorting. */
  const deleted = signal<ReadonlySet<string>>(new Set());
  /** The time "days waiting" and the follow-up filter count from; renewed on each load. */
  const now = signal(Date.now());

  const query = signal(view.query);
  const status = signal<StatusFilter>(view.status);
  const cloud = signal<CloudFilter>(view.cloud);
  const waitingDays = signal<number | undefined>(view.waitingDays);
  const followUp = signal(view.followUp);
  const gdap = signal(view.gdap);
  const sort = signal<SortKey>(view.sort);
  const direction = signal<SortDirection>(view.direction);
  /** First row in view; written by the table, read only to restore the position. */
  const top = signal(view.top);
  const openCustomer = signal<string | undefined>(view.customer);

  const settings = signal<Settings>(SettingsSchema.parse({}));
  const profile = signal<PartnerProfile | undefined>(undefined);
  const profileLoaded = signal(false);

  const filter = computed(
    (): ListFilter => ({
      query: query.value,
      status: status.value,
      cloud: cloud.value,
      followUp: followUp.value,
      gdap: gdap.value,
      ...(waitingDays.value === undefined ? {} : { waitingDays: waitingDays.value }),
    }),
  );
  const sorted = computed(() => sortRows(rows.value, sort.value, direction.value));
  /** Narrows the last result as the partner types (lib/list/incremental). */
  const search = createIncrementalFilter();
  const shown = computed(() => {
    const gone = deleted.value;
    const list = search(
      sorted.value,
      filter.value,
      { now: now.value, reminderDays: settings.value.reminderDays },
      revision.value,
    );
    return gone.size === 0 ? list : list.filter((row) => !gone.has(row.id));
  });

  /** Customers in the database: counted from the rows once they are all in. */
  const customerCount = computed(() =>
    phase.value === 'complete' ? rows.value.length - deleted.value.size : total.value,
  );

  const selection = signal<ReadonlySet<string>>(new Set());
  const toast = signal<Toast | undefined>(undefined);
  const importView = signal<ImportView>({ step: 'idle' });
  /** The pipeline at a glance (lib/reminders/overview), read again after every change. */
  const overview = signal<Overview | undefined>(undefined);
  const overviewError = signal<string | undefined>(undefined);
  /** The overview's chart and median days, from the summaries in memory once the list is in. */
  const pipeline = computed(() => {
    if (phase.value !== 'complete') return undefined;
    revision.value;
    return pipelineOf(summariesOf(rows.value, deleted.value), now.value);
  });
  /**
   * The last changes the database announced (live.ts), counted: the open details
   * dialog reads its customer again when it is among them.
   */
  const changes = signal<{ n: number; customers: ReadonlySet<string> | 'all' }>({
    n: 0,
    customers: new Set(),
  });

  // Bookkeeping of the page's own, not signals: nothing renders it.
  /** Each list load takes a number; a load that is no longer the latest stops (load.ts). */
  const loads = createSequence();
  /** The same for the overview's reads: a slower, older read never overwrites a newer one. */
  const overviewLoads = createSequence();
  /** Each toast is a new one (its key), even with the same text. */
  const toastIds = createSequence();
  /** Asked before the bench's `first-rows` mark (CustomerTable): true once, so it is set once a page. */
  const firstRowsDue = createOnce();
  /** The same for the `list-loaded` mark: every customer in memory, sorted and rendered. */
  const wholeListDue = createOnce();

  return {
    rows,
    revision,
    phase,
    total,
    loadError,
    unreadable,
    deleted,
    now,
    query,
    status,
    cloud,
    waitingDays,
    followUp,
    gdap,
    sort,
    direction,
    top,
    openCustomer,
    settings,
    profile,
    profileLoaded,
    filter,
    customerCount,
    sorted,
    shown,
    selection,
    toast,
    importView,
    overview,
    overviewError,
    pipeline,
    changes,
    loads,
    overviewLoads,
    toastIds,
    firstRowsDue,
    wholeListDue,
  };
}

export type AppState = ReturnType<typeof createAppState>;

/** The view as the URL fragment keeps it (lib/list/view-state). */
export function currentView(state: AppState): ViewState {
  return {
    ...state.filter.value,
    sort: state.sort.value,
    direction: state.direction.value,
    top: state.top.value,
    ...(state.openCustomer.value ? { customer: state.openCustomer.value } : {}),
  };
}

export const AppStateContext = createContext<AppState | undefined>(undefined);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('AppStateContext is missing');
  return state;
}

export function showToast(state: AppState, toast: Omit<Toast, 'id'>): void {
  state.toast.value = { ...toast, id: state.toastIds.next() };
}

/** A row's data changed in place (status, notes): filters run again, the sort stays. */
export function touchRows(state: AppState): void {
  state.revision.value += 1;
}
