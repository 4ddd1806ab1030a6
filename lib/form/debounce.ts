/**
 * A task run once after changes settle (the unfinished draft is saved 150 ms after
 * the last keystroke), and at once on `flush` — the popup closes whenever focus
 * leaves it, so `pagehide` must not wait for the timer.
 */
export interface DebouncedTask {
  schedule(): void;
  /** Runs now if a run is pending. */
  flush(): void;
  cancel(): void;
}

export function debounced(run: () => void, ms: number): DebouncedTask {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
    flush() {
      if (timer === undefined) return;
      cancel();
      run();
    },
    cancel,
  };
}
