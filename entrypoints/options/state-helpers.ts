/**
 * Small pieces createAppState (state.ts) builds from: counters and once-flags
 * whose state lives in the closures they return (no module-level state), and the
 * summaries the overview's chart is worked out from.
 */
import type { ListRow } from '../../lib/list';
import type { LatestInvitation } from '../../lib/schema';

/** The summaries of the rows still listed (not deleted in this session). */
export function* summariesOf(
  rows: readonly ListRow[],
  gone: ReadonlySet<string>,
): Generator<LatestInvitation> {
  for (const row of rows) if (row.latest && !gone.has(row.id)) yield row.latest;
}

/** Numbers counting up from 1; `isLatest` tells whether one is still the newest handed out. */
export function createSequence() {
  let last = 0;
  return {
    next: (): number => {
      last += 1;
      return last;
    },
    isLatest: (n: number): boolean => n === last,
  };
}

/** True on its first call, false after: for what happens once per page. */
export function createOnce(): () => boolean {
  let done = false;
  return () => {
    if (done) return false;
    done = true;
    return true;
  };
}
