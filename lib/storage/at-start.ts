/**
 * The popup's start-up reads of its storage answers (lib/storage/early), without
 * zod before the first paint (docs/ARCHITECTURE.md, "Popup start-up"): a value
 * stored as this extension saves it is taken as it is (lib/schema
 * quick-stored.ts); any other value is parsed by lib/storage's loaders, whose
 * schemas are loaded for it then. Either way the result is what
 * `profileFromStored` and `unfinishedDraftFromStored` give.
 */
import { quickProfile, quickUnfinishedDraft } from '../schema/quick-stored';
import type { PartnerProfile, UnfinishedDraft } from '../schema/stored';
import { DRAFT_KEY, PROFILE_KEY } from './keys';

type Stored = Record<string, unknown>;

/** The profile in a storage.sync answer. */
export async function profileAtStart(stored: Stored): Promise<PartnerProfile | undefined> {
  const raw = stored[PROFILE_KEY];
  if (raw === undefined) return undefined;
  if (quickProfile(raw)) return raw;
  return (await import('./index')).profileFromStored(stored);
}

/** The unfinished draft in a storage.local answer. */
export async function unfinishedDraftAtStart(stored: Stored): Promise<UnfinishedDraft | undefined> {
  const raw = stored[DRAFT_KEY];
  if (raw === undefined) return undefined;
  if (quickUnfinishedDraft(raw)) return raw;
  return (await import('./index')).unfinishedDraftFromStored(stored);
}
