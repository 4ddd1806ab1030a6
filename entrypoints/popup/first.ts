/**
 * The first of the popup's modules to run (main.tsx imports it before anything
 * else): the storage reads start here, and the browser answers them while the
 * rest of the popup's code is still being evaluated (docs/ARCHITECTURE.md,
 * "Popup start-up"). On first use (no profile yet) the profile form's chunk is
 * fetched as soon as storage says so.
 */
import { type EarlyReads, startEarlyReads, takeEarlyReads } from '../../lib/storage/early';
import { PROFILE_KEY } from '../../lib/storage/keys';

/** When the popup opened (its first module ran). */
export const openedAt = Date.now();

/** Started by popup-reads.js in the page's head, or here (a page without it: `wxt dev`). */
export const reads: EarlyReads = takeEarlyReads() ?? startEarlyReads();

reads.sync
  .then((stored) => (stored[PROFILE_KEY] === undefined ? import('./ProfileView') : undefined))
  .catch(() => undefined); // the view's own load says why, should it fail
