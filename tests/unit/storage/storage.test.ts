import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComposeFormSchema } from '../../../lib/schema';
import {
  clearUnfinishedDraft,
  loadProfile,
  loadSettings,
  loadUnfinishedDraft,
  saveProfile,
  saveSettings,
  saveUnfinishedDraft,
} from '../../../lib/storage';

const PROFILE = {
  tenantId: '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f',
  partnerName: 'Fabrikam Cloud',
  senderName: 'Anna de Vries',
  defaultCloud: 'public' as const,
  defaultLanguage: 'nl' as const,
};

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
