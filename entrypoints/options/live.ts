/**
 * Every open options page shows what changed elsewhere — the popup's Done, the
 * background, another tab — within a second and without a reload
 * (docs/ARCHITECTURE.md, "Data": live updates). lib/db announces each committed
 * write (changes.ts); the page reads just those customers again and patches their
 * rows in place, so the scroll position, the selection and the sort stay. A batch
 * (an import in another tab) reloads the whole list. The overview and the open
 * details dialog are read again after either. Settings changed in another tab
 * (the reminder delay) come through `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import { type DbChange, onDbChange, readCustomersById } from '../../lib/db';
import { buildRow, type ListRow } from '../../lib/list';
import { loadList, loadSettingsAndProfile } from './load';
import { refreshOverview } from './overview';
import { type AppState, touchRows } from './state';

/** Changes arriving together (a bulk status change) are read once. */
const SETTLE_MS = 40;
/** While the list is still loading, changes wait for it (a chunk already read would miss them). */
const RETRY_MS = 200;

type Pending = Set<string> | 'all';

export async function patchCustomers(state: AppState, ids: readonly string[]): Promise<void> {
  const read = await readCustomersById(ids);
  if (!read.ok) return;
  const latestOf = new Map(read.value.latest.map((l) => [l.customerId, l]));
  const wanted = new Set(ids);
  const byId = new Map<string, ListRow>();
  for (const row of state.rows.value) if (wanted.has(row.id)) byId.set(row.id, row);
  const added: ListRow[] = [];
  const back: string[] = [];
  for (const customer of read.value.customers) {
    const fresh = buildRow(customer, latestOf.get(customer.id));
    const row = byId.get(customer.id);
    if (!row) {
      added.push(fresh);
      continue;
    }
    // In place: the sorted and shown arrays hold this object.
    row.customer = fresh.customer;
    row.searchText = fresh.searchText;
    row.nameKey = fresh.nameKey;
    delete row.contactKey;
    if (fresh.latest) row.latest = fresh.latest;
    else delete row.latest;
    if (state.deleted.value.has(customer.id)) back.push(customer.id);
  }
  const gone = read.value.gone.filter((id) => byId.has(id) && !state.deleted.value.has(id));
  if (gone.length > 0 || back.length > 0) {
    const next = new Set(state.deleted.value);
    for (const id of gone) next.add(id);
    for (const id of back) next.delete(id);
    state.deleted.value = next;
  }
  if (gone.length > 0) {
    const selection = new Set(state.selection.value);
    for (const id of gone) selection.delete(id);
    state.selection.value = selection;
  }
  // Only a new customer costs a sort of the whole list.
  if (added.length > 0) state.rows.value = [...state.rows.value, ...added];
  touchRows(state);
}

async function apply(state: AppState, pending: Pending, fromHereOnly: boolean): Promise<void> {
  state.changes.value = { n: state.changes.value.n + 1, customers: pending };
  if (pending !== 'all') await patchCustomers(state, [...pending]);
  // This page's own imports reload the list themselves (import-export.ts).
  else if (!fromHereOnly) {
    await loadList(state, { firstPage: false });
    const present = new Set(state.rows.value.map((r) => r.id));
    state.selection.value = new Set([...state.selection.value].filter((id) => present.has(id)));
  }
  await refreshOverview(state);
}

export function startLiveUpdates(state: AppState): () => void {
  let pending: Pending | undefined;
  let fromHereOnly = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (state.phase.value !== 'complete') {
      timer = setTimeout(flush, RETRY_MS);
      return;
    }
    const what = pending;
    const own = fromHereOnly;
    pending = undefined;
    fromHereOnly = true;
    // A failed refresh leaves the page as it was; the next change tries again.
    if (what) apply(state, what, own).catch((e) => console.warn('Live update failed', e));
  };
  const stopDb = onDbChange((change: DbChange) => {
    fromHereOnly &&= change.fromHere;
    if (change.all) pending = 'all';
    else if (pending !== 'all') {
      pending ??= new Set();
      for (const id of change.customers) pending.add(id);
    }
    timer ??= setTimeout(flush, SETTLE_MS);
  });
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !('settings' in changes || 'profile' in changes)) return;
    void loadSettingsAndProfile(state).then(() => refreshOverview(state));
  };
  browser.storage.onChanged.addListener(onStorage);
  return () => {
    stopDb();
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onStorage);
  };
}
