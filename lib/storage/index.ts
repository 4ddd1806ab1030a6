/**
 * Extension storage: the partner profile and settings (`storage.sync`, so they follow
 * the partner's browser profile) and the popup's unfinished draft (`storage.local`).
 * Everything read is parsed with its schema; a record that fails is reported as
 * absent or defaulted field by field, never half-used.
 */
import { browser } from 'wxt/browser';
import {
  type PartnerProfile,
  PartnerProfileSchema,
  type Settings,
  SettingsSchema,
  type UnfinishedDraft,
  UnfinishedDraftSchema,
} from '../schema';

const PROFILE_KEY = 'profile';
const SETTINGS_KEY = 'settings';
const DRAFT_KEY = 'unfinishedDraft';
/**
 * The last hand-over (lib/schema HandedOverSchema), beside the unfinished draft:
 * written by the popup, and by the background after a context-menu insert.
 */
export const HANDED_OVER_KEY = 'popupLastChannel';

export async function loadProfile(): Promise<PartnerProfile | undefined> {
  const { [PROFILE_KEY]: raw } = await browser.storage.sync.get(PROFILE_KEY);
  if (raw === undefined) return undefined;
  const parsed = PartnerProfileSchema.safeParse(raw);
  if (!parsed.success)
    console.warn('Stored partner profile is invalid and was ignored', parsed.error);
  return parsed.success ? parsed.data : undefined;
}

export async function saveProfile(profile: PartnerProfile): Promise<void> {
  await browser.storage.sync.set({ [PROFILE_KEY]: PartnerProfileSchema.parse(profile) });
}

/** Settings with their defaults; a field that fails its schema falls back to its default alone. */
export async function loadSettings(): Promise<Settings> {
  const { [SETTINGS_KEY]: raw } = await browser.storage.sync.get(SETTINGS_KEY);
  const defaults = SettingsSchema.parse({});
  if (!raw || typeof raw !== 'object') return defaults;
  const settings: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in defaults)) continue;
    const candidate = SettingsSchema.safeParse({ ...defaults, [key]: value });
    if (candidate.success) settings[key] = candidate.data[key as keyof Settings];
  }
  return SettingsSchema.parse(settings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: SettingsSchema.parse(settings) });
}

export async function loadUnfinishedDraft(): Promise<UnfinishedDraft | undefined> {
  const { [DRAFT_KEY]: raw } = await browser.storage.local.get(DRAFT_KEY);
  if (raw === undefined) return undefined;
  const parsed = UnfinishedDraftSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function saveUnfinishedDraft(draft: UnfinishedDraft): Promise<void> {
  await browser.storage.local.set({ [DRAFT_KEY]: UnfinishedDraftSchema.parse(draft) });
}

export async function clearUnfinishedDraft(): Promise<void> {
  await browser.storage.local.remove(DRAFT_KEY);
}
