/**
 * The daily sync, service-worker side (docs/MICROSOFT.md, "Daily sync"). MSAL
 * cannot run in a service worker (it needs `window` and localStorage, where its
 * token cache lives), so the alarm opens an offscreen document (reason
 * LOCAL_STORAGE) that runs the sync with the same lib/microsoft code as the
 * options page and reports back; this side stores the GDAP statuses (an offscreen
 * document has no storage API), recounts the badge and closes the document.
 * Imports no MSAL: the worker's bundle stays small.
 */
import { browser } from 'wxt/browser';
import { isOwnExtensionSender } from '../messaging/sender';
import { runFollowUp } from '../reminders/schedule';
import { SyncDoneMessageSchema, type SyncJob } from '../schema/microsoft';
import {
  loadGdapRecords,
  loadMicrosoftConfig,
  loadSignedIn,
  saveGdapRecords,
} from '../storage/microsoft';

export const SYNC_ALARM = 'microsoft-sync-daily';
/**
 * Team sharing's alarm (docs/MICROSOFT.md, "Team sharing"): every 15 minutes while
 * signed in, so changes are sent and received with no options page open. The run
 * itself finds out whether this profile shares; it does nothing when not.
 */
export const TEAM_ALARM = 'team-sync';
const TEAM_MINUTES = 15;
const TEAM_RESULT_KEY = 'teamLastSync';
const DAY_MINUTES = 24 * 60;
const OFFSCREEN_PATH = 'offscreen.html';
const LAST_RESULT_KEY = 'microsoftLastSync';

function report(error: unknown): void {
  console.error('Microsoft daily sync failed:', error instanceof Error ? error.message : error);
}

async function ensureAlarm(signedIn: boolean): Promise<void> {
  if (!signedIn) {
    await Promise.all([browser.alarms.clear(SYNC_ALARM), browser.alarms.clear(TEAM_ALARM)]);
    return;
  }
  if (!(await browser.alarms.get(TEAM_ALARM)))
    await browser.alarms.create(TEAM_ALARM, { delayInMinutes: 1, periodInMinutes: TEAM_MINUTES });
  if (await browser.alarms.get(SYNC_ALARM)) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: 5, periodInMinutes: DAY_MINUTES });
}

/**
 * Opens the offscreen document with the job (the daily sync, or with `team` a team
 * sync); it answers with `microsoft-sync-done`.
 */
export async function startSync({ team = false } = {}): Promise<void> {
  const [config, signedIn, gdap] = await Promise.all([
    loadMicrosoftConfig(),
    loadSignedIn(),
    loadGdapRecords(),
  ]);
  if (!config || !signedIn) return;
  // Firefox has no offscreen documents: the daily run is Chrome's and Edge's only (docs/MICROSOFT.md).
  if (!browser.offscreen) return;
  if (await browser.offscreen.hasDocument()) return; // a run is under way
  const job: SyncJob = team ? { config, gdap: [], team: { me: signedIn } } : { config, gdap };
  await browser.offscreen.createDocument({
    url: `${OFFSCREEN_PATH}#${encodeURIComponent(JSON.stringify(job))}`,
    reasons: [browser.offscreen.Reason.LOCAL_STORAGE],
    justification:
      "MSAL's token cache is in the extension's localStorage, which a service worker cannot read.",
  });
}

async function finish(raw: unknown): Promise<void> {
  const parsed = SyncDoneMessageSchema.safeParse(raw);
  try {
    if (!parsed.success) return;
    if (parsed.data.gdap.length > 0) await saveGdapRecords(parsed.data.gdap);
    await browser.storage.local.set({
      [parsed.data.team ? TEAM_RESULT_KEY : LAST_RESULT_KEY]: {
        ok: parsed.data.ok,
        text: parsed.data.text,
        at: Date.now(),
      },
    });
    await runFollowUp();
  } finally {
    await browser.offscreen.closeDocument().catch(() => undefined);
  }
}

/** Called synchronously from the service worker's `main`, like registerReminders. */
export function registerMicrosoftSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) startSync().catch(report);
    if (alarm.name === TEAM_ALARM) startSync({ team: true }).catch(report);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown })?.type !== 'microsoft-sync-done') return undefined;
    if (!isOwnExtensionSender(sender)) return undefined;
    finish(message).catch(report);
    return undefined;
  });
  // Signing in starts the daily alarm and signing out stops it, wherever it happened.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'microsoftSignedIn' in changes)
      ensureAlarm(typeof changes.microsoftSignedIn?.newValue === 'string').catch(report);
  });
  loadSignedIn()
    .then((user) => ensureAlarm(user !== undefined))
    .catch(report);
}
