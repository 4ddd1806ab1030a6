/**
 * Reading the overview (lib/reminders/overview: counts from the database's
 * indexes) and what its buttons do to the list's filters. Read at start and
 * again after every change the database announces (live.ts).
 */
import { readOverview } from '../../lib/reminders/overview';
import type { InvitationStatus } from '../../lib/schema';
import type { AppState } from './state';

export async function refreshOverview(state: AppState): Promise<void> {
  const run = state.overviewLoads.next();
  performance.mark('overview-start');
  try {
    const overview = await readOverview(Date.now(), state.settings.value.reminderDays);
    if (!state.overviewLoads.isLatest(run)) return;
    state.overview.value = overview;
    state.overviewError.value = undefined;
    // For `npm run bench`: how long the counts took at this size.
    performance.measure('overview', 'overview-start');
  } catch (e) {
    if (state.overviewLoads.isLatest(run)) {
      state.overviewError.value = e instanceof Error ? e.message : String(e);
    }
  }
}

/** What each overview button filters; a pressed button, pressed again, shows everyone. */
export type OverviewFilter =
  | { kind: 'status'; status: InvitationStatus | 'none' }
  | { kind: 'waiting' }
  | { kind: 'follow-up' }
  | { kind: 'gdap' };

export function isActive(state: AppState, filter: OverviewFilter): boolean {
  switch (filter.kind) {
    case 'status':
      return state.status.value === filter.status;
    case 'waiting':
      return state.waitingDays.value === state.settings.value.reminderDays;
    case 'follow-up':
      return state.followUp.value;
    case 'gdap':
      return state.gdap.value;
  }
}

export function toggleFilter(state: AppState, filter: OverviewFilter): void {
  const on = !isActive(state, filter);
  switch (filter.kind) {
    case 'status':
      state.status.value = on ? filter.status : 'all';
      break;
    case 'waiting':
      state.waitingDays.value = on ? state.settings.value.reminderDays : undefined;
      break;
    case 'follow-up':
      state.followUp.value = on;
      break;
    case 'gdap':
      state.gdap.value = on;
      break;
  }
}
