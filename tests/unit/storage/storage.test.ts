import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComposeFormSchema } from '../../../lib/schema';
import { SettingsSchema } from '../../../lib/schema/stored';
import {
  clearUnfinishedDraft,
  loadProfile,
  loadSettings,
  loadUnfinishedDraft,
  profileFromStored,
  saveProfile,
  saveSettings,
  saveUnfinishedDraft,
  settingsFromStored,
  unfinishedDraftFromStored,
} from '../../../lib/storage';
import { PROFILE } from './fixtures';

describe('storage', () => {
  it('saves and loads the partner profile in sync storage', async () => {
    expect(await loadProfile()).toBeUndefined();
    await saveProfile(PROFILE);
    expect(await loadProfile()).toEqual(PROFILE);
    expect(await fakeBrowser.storage.sync.get('profile')).toEqual({ profile: PROFILE });
  });

  it('refuses to save an invalid profile and ignores an invalid stored one', async () => {
    await expect(saveProfile({ ...PROFILE, tenantId: 'nope' })).rejects.toThrow();
    await fakeBrowser.storage.sync.set({ profile: { ...PROFILE, tenantId: 'nope' } });
    expect(await loadProfile()).toBeUndefined();
  });

  it('defaults settings field by field, keeping the valid ones', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { reminderDays: 0, preferredWebmail: 'outlook', unknown: 1 },
    });
    expect(await loadSettings()).toEqual({
      reminderDays: 7,
      preferredWebmail: 'outlook',
      linkTemplates: {},
      templates: {},
    });
    await saveSettings({ ...(await loadSettings()), reminderDays: 14 });
    expect((await loadSettings()).reminderDays).toBe(14);
  });

  it('keeps the unfinished draft until it is cleared', async () => {
    const draft = {
      form: ComposeFormSchema.parse({ customerName: 'Café Zürich' }),
      edited: true,
      subject: 'Hello',
      message: 'Text',
      link: 'https://admin.microsoft.com/x',
      savedAt: Date.UTC(2024, 4, 1),
    };
    await saveUnfinishedDraft(draft);
    expect(await loadUnfinishedDraft()).toEqual(draft);
    await clearUnfinishedDraft();
    expect(await loadUnfinishedDraft()).toBeUndefined();
  });
});

describe('the loaders’ parse of a storage answer (lib/storage/early’s reads)', () => {
  it('an invalid profile is absent, a bad setting defaulted alone: an invalid profile is absent, settings defaulted', () => {
    expect(profileFromStored({ profile: PROFILE })).toEqual(PROFILE);
    expect(profileFromStored({ profile: { ...PROFILE, tenantId: 'nope' } })).toBeUndefined();
    expect(profileFromStored({})).toBeUndefined();
    const defaults = SettingsSchema.parse({});
    expect(settingsFromStored({ settings: { reminderDays: 'soon' } }).reminderDays).toBe(
      defaults.reminderDays,
    );
    expect(settingsFromStored({ settings: { reminderDays: 21 } }).reminderDays).toBe(21);
    expect(unfinishedDraftFromStored({ unfinishedDraft: { form: 'broken' } })).toBeUndefined();
  });
});
