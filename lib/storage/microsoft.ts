/**
 * The Microsoft connection's extension storage (docs/MICROSOFT.md): the partner's
 * Entra app (`storage.sync`, it follows the browser profile), whether someone is
 * signed in (`storage.local`, so the service worker knows without MSAL's cache,
 * which lives in the pages' localStorage), and the GDAP requests being followed.
 * No token is ever stored here.
 */
import { browser } from 'wxt/browser';
import {
  type GdapRecord,
  GdapRecordSchema,
  type MicrosoftConfig,
  MicrosoftConfigSchema,
} from '../schema/microsoft';

const CONFIG_KEY = 'microsoft';
const SIGNED_IN_KEY = 'microsoftSignedIn';
const GDAP_KEY = 'gdapRelationships';

export async function loadMicrosoftConfig(): Promise<MicrosoftConfig | undefined> {
  const { [CONFIG_KEY]: raw } = await browser.storage.sync.get(CONFIG_KEY);
  const parsed = MicrosoftConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function saveMicrosoftConfig(config: MicrosoftConfig | undefined): Promise<void> {
  if (config === undefined) await browser.storage.sync.remove(CONFIG_KEY);
  else await browser.storage.sync.set({ [CONFIG_KEY]: MicrosoftConfigSchema.parse(config) });
}

/** The signed-in account's user name, or undefined. */
export async function loadSignedIn(): Promise<string | undefined> {
  const { [SIGNED_IN_KEY]: raw } = await browser.storage.local.get(SIGNED_IN_KEY);
  return typeof raw === 'string' ? raw : undefined;
}

export async function saveSignedIn(username: string | undefined): Promise<void> {
  if (username === undefined) await browser.storage.local.remove(SIGNED_IN_KEY);
  else await browser.storage.local.set({ [SIGNED_IN_KEY]: username });
}

/** The GDAP requests being followed; a damaged entry is left out, never half-used. */
export async function loadGdapRecords(): Promise<GdapRecord[]> {
  const { [GDAP_KEY]: raw } = await browser.storage.local.get(GDAP_KEY);
  if (!raw || typeof raw !== 'object') return [];
  return Object.values(raw).flatMap((entry) => {
    const parsed = GdapRecordSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds or replaces records by id, keeping the others. */
export async function saveGdapRecords(records: readonly GdapRecord[]): Promise<void> {
  const byId = Object.fromEntries((await loadGdapRecords()).map((r) => [r.id, r]));
  for (const r of records) byId[r.id] = GdapRecordSchema.parse(r);
  await browser.storage.local.set({ [GDAP_KEY]: byId });
}
