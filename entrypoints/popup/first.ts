/**
 * The first of the popup's modules to run (main.tsx imports it before anything
 * else): the storage reads start here, and the browser answers them while the
 * rest of the popup's code is still being evaluated (docs/ARCHITECTURE.md,
 * "Popup start-up"), where popup-reads.js has not started them already.
 */
import { type EarlyReads, startEarlyReads, takeEarlyReads } from '../../lib/storage/early';

/** When the popup opened (its first module ran). */
export const openedAt = Date.now();

/** Started by popup-reads.js in the page's head, or here (a page without it: `wxt dev`). */
export const reads: EarlyReads = takeEarlyReads() ?? startEarlyReads();
