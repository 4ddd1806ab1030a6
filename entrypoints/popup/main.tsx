/** The toolbar popup: its storage reads start first (first.ts), then the form is shown. */
import { openedAt, reads } from './first';
import { start } from './start';

const root = document.getElementById('app')!;
start(root, reads, openedAt).catch((e: unknown) => {
  root.textContent = `The popup could not start: ${e instanceof Error ? e.message : String(e)}`;
  console.error(e);
});
