/** The busy flag of buttons that start work, shared by the options page's components. */
import { useState } from 'preact/hooks';

/** `run(work)` sets `busy` until the work settles (buttons are disabled meanwhile). */
export function useBusy(): [busy: boolean, run: (work: () => Promise<unknown>) => void] {
  const [busy, setBusy] = useState(false);
  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };
  return [busy, run];
}
