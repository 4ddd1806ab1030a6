/**
 * The popup's storage reads, started by popup-reads.js in the page's head (or by
 * the popup's first module where that script is missing) while the popup's code
 * (the polyfill, the form) still loads and runs: the answers come
 * back during that time instead of after it
 * (docs/ARCHITECTURE.md, "Popup start-up"). The values are raw; lib/storage's
 * `*AtStart` (at-start.ts) read them as its own loaders do.
 *
 * This is the one module that calls the browser's storage without
 * webextension-polyfill, so that it imports nothing: Chrome's and Edge's
 * `chrome.storage` and Firefox's `browser.storage` both answer `get` with a
 * promise (Manifest V3). A convention test keeps everywhere else on `wxt/browser`
 * (tests/unit/conventions/native-api.test.ts).
 */
import { DRAFT_KEY, HANDED_OVER_KEY, PROFILE_KEY, SETTINGS_KEY } from './keys';

type Stored = Record<string, unknown>;
interface NativeStorage {
  storage: { sync: StorageArea; local: StorageArea };
}
interface StorageArea {
  get(keys: string[]): Promise<Stored>;
}

/** The reads in flight: the profile and settings (sync), the draft and hand-over (local). */
export interface EarlyReads {
  readonly sync: Promise<Stored>;
  readonly local: Promise<Stored>;
}

/** Never throws: without extension storage, both reads fail with the reason. */
export function startEarlyReads(): EarlyReads {
  const { browser, chrome } = globalThis as { browser?: NativeStorage; chrome?: NativeStorage };
  const api = browser?.storage ? browser : chrome;
  if (!api?.storage) {
    const failed = Promise.reject(new Error('Extension storage is not available on this page'));
    return { sync: failed, local: failed };
  }
  return {
    sync: api.storage.sync.get([PROFILE_KEY, SETTINGS_KEY]),
    local: api.storage.local.get([DRAFT_KEY, HANDED_OVER_KEY]),
  };
}

/**
 * popup-reads.js: the reads, left for the popup's module. A failed read is the
 * module's to report when it takes the reads; until then it is not reported as
 * an unhandled rejection.
 */
export function startPopupReads(): void {
  const reads = startEarlyReads();
  for (const read of [reads.sync, reads.local]) read.catch(() => undefined);
  publishEarlyReads(reads);
}

/** Where popup-reads.js leaves the reads for the popup's module (a global: it is a classic script). */
const EARLY_READS_GLOBAL = '__cspPopupEarlyReads';
type WithReads = { [EARLY_READS_GLOBAL]?: EarlyReads };

export function publishEarlyReads(reads: EarlyReads): void {
  (globalThis as WithReads)[EARLY_READS_GLOBAL] = reads;
}

/** The reads popup-reads.js started, once: a second popup start reads storage again. */
export function takeEarlyReads(): EarlyReads | undefined {
  const g = globalThis as WithReads;
  const reads = g[EARLY_READS_GLOBAL];
  delete g[EARLY_READS_GLOBAL];
  return reads;
}
