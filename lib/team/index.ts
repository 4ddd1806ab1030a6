/**
 * Team sharing (docs/MICROSOFT.md, "Team sharing"): one customer list for the
 * partner's whole team, in two Microsoft Lists on a SharePoint site of the
 * partner's own tenant. Loaded lazily by the options page; never by the popup.
 */
import { countOutbox, forgetTeam, getTeamState, setTeamState } from '../db';
import type { MicrosoftClient, MicrosoftResult } from '../microsoft';
import {
  type Counted,
  ensureLists,
  searchSites,
  siteByUrl,
  type TeamLists,
  type TeamSite,
} from './graph';
import { syncTeam, type TeamProgress, type TeamResult, type TeamSyncReport } from './sync';

export { parseSiteUrl } from './graph';
export type { TeamLists, TeamProgress, TeamResult, TeamSite, TeamSyncReport };

const LISTS = 'lists';

function readLists(text: string | undefined): TeamLists | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<TeamLists>;
    const keys = ['siteId', 'siteName', 'siteUrl', 'customers', 'invitations'] as const;
    return keys.every((k) => typeof v[k] === 'string') ? (v as TeamLists) : undefined;
  } catch {
    return undefined;
  }
}

/** Where this profile shares, or undefined when it does not. */
export async function loadSharing(): Promise<TeamLists | undefined> {
  const kept = await getTeamState(LISTS);
  return kept.ok ? readLists(kept.value) : undefined;
}

/** Sites matching the text, or the one a pasted address names. */
export function findSites(
  client: MicrosoftClient,
  text: string,
): Promise<MicrosoftResult<TeamSite[]>> {
  const c: Counted = { client, requests: 0 };
  if (/^https?:\/\//i.test(text.trim()))
    return siteByUrl(c, text).then((r) => (r.ok ? { ok: true, value: [r.value] } : r));
  return searchSites(c, text.trim());
}

/**
 * Shares through this site: finds or creates its two lists and remembers them.
 * Another site before: what was known of it is forgotten (the records stay).
 */
export async function startSharing(
  client: MicrosoftClient,
  site: TeamSite,
): Promise<MicrosoftResult<TeamLists>> {
  const lists = await ensureLists({ client, requests: 0 }, site);
  if (!lists.ok) return lists;
  const before = await loadSharing();
  if (before && (before.customers !== lists.value.customers || before.siteId !== site.id))
    await forgetTeam();
  const saved = await setTeamState(LISTS, JSON.stringify(lists.value));
  if (!saved.ok) return { ok: false, error: { code: 'rejected', message: saved.error.message } };
  return lists;
}

/** Stops sharing: the lists' items, eTags and delta links are forgotten; every record stays. */
export async function stopSharing(): Promise<void> {
  await forgetTeam();
}

export async function pendingCount(): Promise<number> {
  const n = await countOutbox();
  return n.ok ? n.value : 0;
}

export async function runTeamSync(
  client: MicrosoftClient,
  me: string,
  onProgress?: (p: TeamProgress) => void,
): Promise<TeamResult<TeamSyncReport> | undefined> {
  const lists = await loadSharing();
  if (!lists) return undefined;
  const run = () => syncTeam(client, lists, { me, ...(onProgress ? { onProgress } : {}) });
  // One sync at a time across the extension's pages and its offscreen document:
  // two at once would both create a new record's item (a duplicate in the list).
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return run();
  return locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) =>
    lock ? run() : { ok: false, error: { code: 'rejected', message: BUSY } },
  );
}

const SYNC_LOCK = 'csp-reseller-invitations/team-sync';
const BUSY =
  'Another team sync of this browser is running (in another tab or in the background). Try again in a moment; nothing is lost.';
