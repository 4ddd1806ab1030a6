import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  registerMicrosoftSync,
  SYNC_ALARM,
  startSync,
  TEAM_ALARM,
} from '../../../lib/microsoft/daily';
import { SyncJobSchema } from '../../../lib/schema/microsoft';
import { loadGdapRecords, saveMicrosoftConfig, saveSignedIn } from '../../../lib/storage/microsoft';

const CONFIG = { clientId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', tenant: '' };

function fakeOffscreen() {
  const offscreen = {
    open: false,
    created: [] as { url: string; reasons: string[] }[],
    Reason: { LOCAL_STORAGE: 'LOCAL_STORAGE' },
    hasDocument: vi.fn(async () => offscreen.open),
    createDocument: vi.fn(async (p: { url: string; reasons: string[] }) => {
      offscreen.created.push(p);
      offscreen.open = true;
    }),
    closeDocument: vi.fn(async () => {
      offscreen.open = false;
    }),
  };
  Object.assign(fakeBrowser, { offscreen });
  return offscreen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the daily sync alarm', () => {
  it('exists while someone is signed in, and not after sign-out', async () => {
    fakeOffscreen();
    registerMicrosoftSync();
    await settle();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
    await saveSignedIn('pat@example.com');
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 }),
    );
    await saveSignedIn(undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined());
  });

  it('opens one offscreen document with the job, and none when signed out or already running', async () => {
    const offscreen = fakeOffscreen();
    await startSync();
    expect(offscreen.created).toHaveLength(0);
    await saveMicrosoftConfig(CONFIG);
    await saveSignedIn('pat@example.com');
    await startSync();
    await startSync();
    expect(offscreen.created).toHaveLength(1);
    const { url, reasons } = offscreen.created[0]!;
    expect(reasons).toEqual(['LOCAL_STORAGE']);
    const job = SyncJobSchema.parse(JSON.parse(decodeURIComponent(url.split('#')[1]!)));
    expect(job).toEqual({ config: CONFIG, gdap: [] });
    // The job carries no token: only the app's ids and the followed GDAP requests.
    expect(url).not.toMatch(/token/i);
  });

  it('stores what the offscreen document reports and closes it', async () => {
    const offscreen = fakeOffscreen();
    offscreen.open = true;
    registerMicrosoftSync();
    const record = {
      id: 'r1',
      displayName: 'x',
      status: 'active',
      duration: 'P730D',
      autoExtend: false,
      roleIds: [],
      link: 'l',
      createdAt: 1,
      checkedAt: 2,
    };
    const done = { type: 'microsoft-sync-done', ok: true, text: 'done', gdap: [record] };
    // From another extension: ignored.
    await fakeBrowser.runtime.onMessage.trigger(done, { id: 'someone-else' }, () => undefined);
    await settle();
    expect(await loadGdapRecords()).toEqual([]);
    await fakeBrowser.runtime.onMessage.trigger(
      done,
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    // The recount after it touches IndexedDB: wait for the close rather than a fixed time.
    await vi.waitFor(() => expect(offscreen.closeDocument).toHaveBeenCalled(), { timeout: 5000 });
    expect(await loadGdapRecords()).toEqual([record]);
    expect(
      (await fakeBrowser.storage.local.get('microsoftLastSync')).microsoftLastSync,
    ).toMatchObject({ ok: true, text: 'done' });
  });
});

describe('the team-sync alarm', () => {
  it('runs every 15 minutes while signed in, and stops at sign-out', async () => {
    fakeOffscreen();
    registerMicrosoftSync();
    await settle();
    expect(await fakeBrowser.alarms.get(TEAM_ALARM)).toBeUndefined();
    await saveSignedIn('pat@example.com');
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(TEAM_ALARM)).toMatchObject({ periodInMinutes: 15 }),
    );
    await saveSignedIn(undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(TEAM_ALARM)).toBeUndefined());
  });

  it('its alarm opens the offscreen document with a team job naming who is signed in', async () => {
    const offscreen = fakeOffscreen();
    await saveMicrosoftConfig(CONFIG);
    await saveSignedIn('pat@example.com');
    registerMicrosoftSync();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: TEAM_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => expect(offscreen.created).toHaveLength(1));
    const job = SyncJobSchema.parse(
      JSON.parse(decodeURIComponent(offscreen.created[0]!.url.split('#')[1]!)),
    );
    expect(job).toEqual({ config: CONFIG, gdap: [], team: { me: 'pat@example.com' } });
  });

  it("keeps a team run's report apart from the daily sync's", async () => {
    const offscreen = fakeOffscreen();
    offscreen.open = true;
    registerMicrosoftSync();
    const done = {
      type: 'microsoft-sync-done',
      ok: false,
      team: true,
      text: 'list gone',
      gdap: [],
    };
    await fakeBrowser.runtime.onMessage.trigger(
      done,
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('teamLastSync')).teamLastSync).toMatchObject({
        ok: false,
        text: 'list gone',
      }),
    );
    expect(
      (await fakeBrowser.storage.local.get('microsoftLastSync')).microsoftLastSync,
    ).toBeUndefined();
    await vi.waitFor(() => expect(offscreen.closeDocument).toHaveBeenCalled(), { timeout: 5000 });
  });
});
