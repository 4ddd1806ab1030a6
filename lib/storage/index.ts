/**
 * Extension storage: the partner profile and settings (`storage.sync`, so they follow
 * the partner's browser profile) and the popup's unfinished draft (`storage.local`).
 * Everything read is parsed with its schema; a record that fails is reported as
 * absent or defaulted field by field, never half-used.
 */
import { browser } from 'wxt/browser';
import { snapshotOf } from '../form/handed-over';
import { ChannelSchema } from '../schema/base';
import {
  type HandedOver,
  HandedOverSchema,
  type PartnerProfile,
  PartnerProfileSchema,
  type Settings,
  SettingsSchema,
  type UnfinishedDraft,
  UnfinishedDraftSchema,
} from '../schema/stored';
import { DRAFT_KEY, PROFILE_KEY, SETTINGS_KEY } from './keys';

export { HANDED_OVER_KEY } from './keys';

export async function loadProfile(): Promise<PartnerProfile | undefined> {
  return profileFromStored(await browser.storage.sync.get(PROFILE_KEY));
}

/** The profile in a storage.sync answer (`get` of its key, lib/storage/early). */
export function profileFromStored(stored: Record<string, unknown>): PartnerProfile | undefined {
  const raw = stored[PROFILE_KEY];
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
  return settingsFromStored(await browser.storage.sync.get(SETTINGS_KEY));
}

/** The settings in a storage.sync answer, defaulted as `loadSettings` does. */
export function settingsFromStored(stored: Record<string, unknown>): Settings {
  const raw = stored[SETTINGS_KEY];
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
  return unfinishedDraftFromStored(await browser.storage.local.get(DRAFT_KEY));
}

/** The unfinished draft in a storage.local answer. */
export function unfinishedDraftFromStored(
  stored: Record<string, unknown>,
): UnfinishedDraft | undefined {
  const raw = stored[DRAFT_KEY];
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

/**
 * Reads the stored hand-over. Earlier versions stored the bare channel, and only
 * while it counted, in the same write as the unfinished draft: such a channel is
 * taken as the hand-over of that draft.
 */
export function handedOverFromStorage(
  raw: unknown,
  draft: UnfinishedDraft | undefined,
): HandedOver | undefined {
  const parsed = HandedOverSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const legacy = ChannelSchema.safeParse(raw);
  if (!legacy.success || !draft) return undefined;
  return { channel: legacy.data, snapshot: snapshotOf(draft) };
}
