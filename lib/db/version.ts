/**
 * A customer's `updatedAt` is also its version: an edit carries the version it
 * started from, and every write makes the next one strictly later, even when two
 * tabs write in the same millisecond or a clock goes back.
 */
export function nextVersion(current: { updatedAt: number } | undefined, now: number): number {
  return current ? Math.max(now, current.updatedAt + 1) : now;
}
