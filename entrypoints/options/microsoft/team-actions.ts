/**
 * Settings → Share with my team: the actions (lib/team, loaded lazily), their
 * outcome and progress in the card's signals. Syncs run one at a time: on open,
 * a few seconds after a write here, and on "Sync now".
 */
import { signal } from '@preact/signals';
import { t } from '../../../lib/i18n';
import type * as Team from '../../../lib/team';
import type { MicrosoftState, Outcome } from './state';

export function createTeamState() {
  return {
    lists: signal<Team.TeamLists | undefined>(undefined),
    loaded: signal(false),
    sites: signal<Team.TeamSite[] | undefined>(undefined),
    busy: signal(false),
    progress: signal(''),
    outcome: signal<Outcome | undefined>(undefined),
    notices: signal<string[]>([]),
    pending: signal(0),
    /** Called after a sync that brought records from the team: the page reloads its list. */
    onPulled: (() => {}) as () => Promise<void>,
  };
}
export type TeamState = ReturnType<typeof createTeamState>;

const loadTeam = () => import('../../../lib/team');

function clientOf(ms: MicrosoftState) {
  const module = ms.module.value;
  const config = ms.config.value;
  if (!module || !config) throw new Error(t('ms_notConfigured'));
  return module.createClient(module.tokensOf(module.openSession(config)));
}

async function run(ts: TeamState, work: () => Promise<void>): Promise<void> {
  if (ts.busy.value) return;
  ts.busy.value = true;
  ts.outcome.value = undefined;
  try {
    await work();
  } catch (e) {
    ts.outcome.value = { ok: false, text: e instanceof Error ? e.message : String(e) };
  } finally {
    ts.busy.value = false;
    ts.progress.value = '';
  }
}

export async function loadTeamState(ts: TeamState): Promise<void> {
  const team = await loadTeam();
  ts.lists.value = await team.loadSharing();
  ts.pending.value = await team.pendingCount();
  ts.loaded.value = true;
}

export function findSitesClicked(ts: TeamState, ms: MicrosoftState, text: string): Promise<void> {
  return run(ts, async () => {
    const team = await loadTeam();
    const found = await team.findSites(clientOf(ms), text);
    if (!found.ok) {
      ts.outcome.value = { ok: false, text: found.error.message };
      return;
    }
    ts.sites.value = found.value;
    ts.outcome.value = {
      ok: true,
      text: found.value.length
        ? t('team_sitesFound', String(found.value.length))
        : t('team_noSites', text),
    };
  });
}

async function syncNow(ts: TeamState, ms: MicrosoftState, team: typeof Team): Promise<void> {
  const me = ms.signedIn.value ?? '';
  const result = await team.runTeamSync(clientOf(ms), me, (p) => {
    ts.progress.value =
      p.phase === 'pull'
        ? t('team_progressRead', String(p.done))
        : t('team_progressSent', String(p.done), String(p.total ?? p.done));
  });
  ts.pending.value = await team.pendingCount();
  if (!result) return;
  if (!result.ok) {
    ts.outcome.value = { ok: false, text: result.error.message };
    return;
  }
  const r = result.value;
  if (r.pulled > 0) await ts.onPulled();
  ts.notices.value = r.notices.slice(0, 20);
  ts.outcome.value = {
    ok: true,
    text: t(
      'team_synced',
      String(r.pulled),
      String(r.pushed),
      String(r.conflicts),
      String(r.requests),
    ),
  };
}

export function shareClicked(
  ts: TeamState,
  ms: MicrosoftState,
  site: Team.TeamSite,
): Promise<void> {
  return run(ts, async () => {
    const team = await loadTeam();
    ts.progress.value = t('team_creating', site.displayName);
    const lists = await team.startSharing(clientOf(ms), site);
    if (!lists.ok) {
      ts.outcome.value = { ok: false, text: lists.error.message };
      return;
    }
    ts.lists.value = lists.value;
    ts.sites.value = undefined;
    await syncNow(ts, ms, team);
  });
}

export function syncClicked(ts: TeamState, ms: MicrosoftState): Promise<void> {
  return run(ts, async () => syncNow(ts, ms, await loadTeam()));
}

export function stopClicked(ts: TeamState): Promise<void> {
  return run(ts, async () => {
    const team = await loadTeam();
    await team.stopSharing();
    ts.lists.value = undefined;
    ts.notices.value = [];
    ts.outcome.value = { ok: true, text: t('team_stopped') };
  });
}

/**
 * After a write on this page: one sync a few seconds later, however many writes
 * came — only if the outbox holds something (the sync's own writes add nothing
 * to it, so they do not start another sync).
 */
export function debouncedSync(ts: TeamState, ms: MicrosoftState, delayMs = 5000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (!ts.lists.value || !ms.signedIn.value) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (ts.busy.value) return schedule();
      const team = await loadTeam();
      ts.pending.value = await team.pendingCount();
      if (ts.pending.value > 0) void syncClicked(ts, ms);
    }, delayMs);
  };
  return schedule;
}
