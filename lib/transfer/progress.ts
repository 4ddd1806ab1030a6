/**
 * Long loops over an import's rows run in slices and give the page back between
 * them, so 10,000 rows never block the options page (its progress bar repaints,
 * clicks still land). Nothing here touches IndexedDB: a transaction must not span
 * a yield, so all slicing happens before the one write.
 */

/** Called with rows done so far and the total; the options page draws a bar. */
export type ProgressCallback = (done: number, total: number) => void;

/** About one frame: long enough to do real work, short enough not to be noticed. */
const SLICE_MS = 12;

/** Gives the event loop a turn (a macrotask, so rendering and input can run). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `step` for every item in order, yielding whenever a slice's time is up and
 * reporting progress then and at the end.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  onProgress?: ProgressCallback,
): Promise<void> {
  const total = items.length;
  onProgress?.(0, total);
  let sliceStart = performance.now();
  for (let i = 0; i < total; i++) {
    step(items[i] as T, i);
    if (performance.now() - sliceStart > SLICE_MS && i + 1 < total) {
      onProgress?.(i + 1, total);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  onProgress?.(total, total);
}
