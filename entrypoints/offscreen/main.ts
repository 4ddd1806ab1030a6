/**
 * The offscreen document of the daily Microsoft sync (lib/microsoft/daily.ts):
 * it reads its job from the URL, runs the same sync as the options page (MSAL's
 * silent token from localStorage, the whole customer list, one reconcile
 * transaction, the GDAP statuses) and reports to the service worker, which
 * stores what this page cannot and closes it.
 */
import { browser } from 'wxt/browser';
import { createClient, openSession, runSync, tokensOf } from '../../lib/microsoft';
import { type SyncDoneMessage, SyncJobSchema } from '../../lib/schema/microsoft';

async function run(): Promise<SyncDoneMessage> {
  const job = SyncJobSchema.safeParse(
    JSON.parse(decodeURIComponent(location.hash.slice(1)) || 'null'),
  );
  if (!job.success)
    return { type: 'microsoft-sync-done', ok: false, text: 'No sync job was given.', gdap: [] };
  const client = createClient(tokensOf(openSession(job.data.config)));
  if (job.data.team) {
    // Team sharing (docs/MICROSOFT.md, "Team sharing"): loaded only for this run.
    const { runTeamSync } = await import('../../lib/team');
    const team = await runTeamSync(client, job.data.team.me);
    return {
      type: 'microsoft-sync-done',
      team: true,
      ok: team?.ok ?? true,
      text: !team
        ? 'Not sharing with a team.'
        : team.ok
          ? `${team.value.pulled} records read, ${team.value.pushed} sent (${team.value.requests} requests).`
          : team.error.message,
      gdap: [],
    };
  }
  const outcome = await runSync(client, job.data.gdap);
  if (!outcome.ok)
    return { type: 'microsoft-sync-done', ok: false, text: outcome.error.message, gdap: [] };
  const { accepted, tenantIdsStored, listed, gdap, gdapFailures } = outcome.value;
  return {
    type: 'microsoft-sync-done',
    ok: gdapFailures.length === 0,
    text: [
      `${listed} customers read; ${accepted} invitations accepted, ${tenantIdsStored} tenant IDs stored; ${gdap.length} GDAP requests checked.`,
      ...gdapFailures,
    ].join(' '),
    gdap,
  };
}

run()
  .catch(
    (e: unknown): SyncDoneMessage => ({
      type: 'microsoft-sync-done',
      ok: false,
      text: e instanceof Error ? e.message : String(e),
      gdap: [],
    }),
  )
  .then((message) => browser.runtime.sendMessage(message));
