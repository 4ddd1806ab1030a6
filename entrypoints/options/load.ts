/**
 * Loading the list: the first screenful from the name index at once (when the
 * view is the plain name order), then every customer in key ranges for in-memory
 * search and sort. Each range is its own short transaction, so a write from the
 * popup is never held up behind a 100,000-customer read; the next range is asked
 * for while the page unpacks the one before (measured: the page's thread sat idle
 * half the load waiting for each read in turn). Also the settings and profile the
 * page starts from, and the badge recount after a change.
 */
import { readFirstListPage, readListBoundaries, readListRange } from '../../lib/db';
import { isPlainNameOrder, joinRows } from '../../lib/list';
import { sendBackgroundRequest } from '../../lib/messaging';
import type { Customer, LatestInvitation } from '../../lib/schema';
import { loadProfile, loadSettings } from '../../lib/storage';
import { type AppState, currentView } from './state';

/** More than a tall screen holds (rows are 44 px). */
const FIRST_PAGE = 50;
const CHUNK = 10_000;
/** Ranges asked for at once: one being unpacked, one being read. */
const IN_FLIGHT = 2;

export async function loadList(state: AppState, { firstPage = true } = {}): Promise<void> {
  // A newer load (the reload after an import) makes this one stale: it stops.
  const run = state.loads.next();
  state.loadError.value = undefined;
  const view = currentView(state);
  if (firstPage && isPlainNameOrder(view) && state.phase.value === 'loading') {
    const first = await readFirstListPage({
      limit: FIRST_PAGE,
      direction: view.direction === 'asc' ? 'next' : 'prev',
    });
    if (!state.loads.isLatest(run)) return;
    if (first.ok && state.phase.value === 'loading') {
      state.total.value = first.value.total;
      state.rows.value = joinRows(first.value.customers, first.value.latest);
      state.phase.value = first.value.total <= FIRST_PAGE ? 'complete' : 'first-page';
      await afterNextPaint();
    }
  }
  // Only after the first page: read at the same time, the big read's results are
  // unpacked on this thread and hold the first page back (measured: 2× slower).
  const all = await readEverything();
  if (!state.loads.isLatest(run)) return;
  if (!all.ok) {
    state.loadError.value = all.error;
    return;
  }
  state.now.value = Date.now();
  state.rows.value = joinRows(all.customers, all.latest);
  state.total.value = all.customers.length;
  state.unreadable.value = all.unreadable;
  state.deleted.value = new Set();
  state.phase.value = 'complete';
}

/**
 * Lets the browser paint the first page before the big read's results arrive. A
 * hidden tab gets no animation frames, hence the timeout.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => setTimeout(resolve, 0);
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

type Everything =
  | { ok: true; customers: Customer[]; latest: LatestInvitation[]; unreadable: number }
  | { ok: false; error: string };

async function readEverything(): Promise<Everything> {
  const starts = await readListBoundaries(CHUNK);
  if (!starts.ok) return { ok: false, error: starts.error.message };
  const bounds = starts.value;
  const read = (i: number) => readListRange(bounds[i]!, bounds[i + 1]);
  const pending = bounds.slice(0, IN_FLIGHT).map((_, i) => read(i));
  const customers: Customer[] = [];
  const latest: LatestInvitation[] = [];
  let unreadable = 0;
  for (let i = 0; i < bounds.length; i++) {
    const chunk = await pending[i]!;
    if (i + IN_FLIGHT < bounds.length) pending.push(read(i + IN_FLIGHT));
    if (!chunk.ok) return { ok: false, error: chunk.error.message };
    for (const c of chunk.value.customers) customers.push(c);
    for (const l of chunk.value.latest) latest.push(l);
    unreadable += chunk.value.invalid.length;
  }
  return { ok: true, customers, latest, unreadable };
}

/** After an import or a restore: everything may have changed. */
export async function reloadList(state: AppState): Promise<void> {
  state.selection.value = new Set();
  await loadList(state, { firstPage: false });
  refreshBadge();
}

/** The stored settings and profile; the settings forms wait for them (`profileLoaded`). */
export async function loadSettingsAndProfile(state: AppState): Promise<void> {
  const [settings, profile] = await Promise.all([loadSettings(), loadProfile()]);
  state.settings.value = settings;
  state.profile.value = profile;
  state.profileLoaded.value = true;
}

/** The background recounts the toolbar badge; the page does not wait for it. */
export function refreshBadge(): void {
  sendBackgroundRequest({ type: 'refresh-reminders' }).catch(() => {
    // No background to answer (being restarted): the daily alarm recounts anyway.
  });
}
