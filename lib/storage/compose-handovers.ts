/**
 * The hand-overs the background made to webmail tabs (the in-compose dialog's
 * Insert, and the popup's Insert into compose once recorded), kept in
 * `storage.session`: extension pages and the background can read it, content
 * scripts cannot, and it ends with the browser session. A Send report from a
 * tab counts only for an invitation handed to that same tab (docs/ARCHITECTURE.md,
 * "The record keeps itself"), so a page cannot mark another record as sent.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

const KEY = 'composeHandovers';
/** Enough for a long working day; the oldest go first. */
const KEEP = 200;

const EntrySchema = z.object({
  tabId: z.number(),
  invitationId: z.string(),
  channel: z.enum(['gmail', 'outlook']),
  at: z.number(),
});
export type ComposeHandover = z.infer<typeof EntrySchema>;

async function read(): Promise<ComposeHandover[]> {
  const { [KEY]: raw } = await browser.storage.session.get(KEY);
  const parsed = z.array(EntrySchema).safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Each change reads the list and writes it back: two at once (dialogs in two tabs,
 * or a dialog and the popup's Insert) would each write a list without the other's
 * entry, and that window's Send would then count for nothing. So they take turns.
 */
let turn: Promise<unknown> = Promise.resolve();
function inTurn(change: () => Promise<void>): Promise<void> {
  const run = turn.then(change, change);
  turn = run.catch(() => undefined);
  return run;
}

export function rememberComposeHandover(entry: ComposeHandover): Promise<void> {
  return inTurn(async () => {
    const kept = (await read()).filter((e) => e.invitationId !== entry.invitationId);
    await browser.storage.session.set({ [KEY]: [...kept, entry].slice(-KEEP) });
  });
}

/** The hand-over of `invitationId` to tab `tabId`, or undefined when there was none. */
export async function composeHandoverFor(
  tabId: number,
  invitationId: string,
): Promise<ComposeHandover | undefined> {
  return (await read()).find((e) => e.tabId === tabId && e.invitationId === invitationId);
}

export function forgetComposeHandover(invitationId: string): Promise<void> {
  return inTurn(async () => {
    const list = await read();
    const kept = list.filter((e) => e.invitationId !== invitationId);
    if (kept.length !== list.length) await browser.storage.session.set({ [KEY]: kept });
  });
}
