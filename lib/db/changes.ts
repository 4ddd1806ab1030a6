/**
 * Telling every open extension page what the database just changed
 * (docs/ARCHITECTURE.md, "Data": live updates). Each committed read-write
 * transaction is announced on a BroadcastChannel, which reaches every page and
 * worker of the extension's origin — the popup, the background, other options
 * tabs — and also this page's own listeners, so a page can refresh in one place
 * whoever wrote.
 *
 * Writers name the customers they touched (`markChanged`); a transaction that
 * named none is announced as `all`, so a writer that forgot costs a reload, never
 * a stale page.
 */
import { unwrap } from 'idb';

/**
 * Some customers changed (their record, invitations or summary), or possibly all
 * of them; `fromHere` when this page (this JavaScript context) wrote it.
 */
export type DbChange = ({ all: true } | { all: false; customers: string[] }) & {
  fromHere: boolean;
};

/** This context's name on the channel, so a listener can tell its own writes. */
const SOURCE = crypto.randomUUID();

const CHANNEL = 'csp-reseller-invitations/changes';

type Marks = Set<string> | 'all';
/** Per open transaction (the native one, so idb's wrappers all meet): what it touched. */
const marks = new WeakMap<IDBTransaction, Marks>();

function nativeTx(tx: object): IDBTransaction {
  return unwrap(tx as never) as unknown as IDBTransaction;
}

/** Transactions of the team sync itself: what they write came from the team, not for it. */
const fromTeam = new WeakSet<IDBTransaction>();

/** The team sync's own writes (lib/db/team.ts) add no outbox entry. */
export function markFromTeam(tx: object): void {
  fromTeam.add(nativeTx(tx));
}

/**
 * The outbox entry for this write, in the same transaction (docs/MICROSOFT.md,
 * "Team sharing"): if the transaction fails, the entry goes with it; if it
 * commits, the change will be delivered. Every read-write transaction includes
 * the outbox (transaction.ts).
 */
function queue(native: IDBTransaction, customerId: string): void {
  if (fromTeam.has(native) || !native.objectStoreNames.contains('outbox')) return;
  native.objectStore('outbox').put({ customerId, at: Date.now() });
}

/** Inside a write transaction: it touched this customer (or, with 'all', anything). */
export function markChanged(tx: object, customerId: string | 'all'): void {
  const native = nativeTx(tx);
  queue(native, customerId === 'all' ? '*' : customerId);
  const held = marks.get(native);
  if (held === 'all') return;
  if (customerId === 'all') marks.set(native, 'all');
  else if (held) held.add(customerId);
  else marks.set(native, new Set([customerId]));
}

/** The stores the pages show; a write to any of them, marked or not, is announced. */
const SHOWN_STORES = ['customers', 'invitations', 'latest'] as const;

let sender: BroadcastChannel | undefined;

function channel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!sender) {
    sender = new BroadcastChannel(CHANNEL);
    // Node (unit tests): an open channel must not keep the process alive.
    (sender as { unref?: () => void }).unref?.();
  }
  return sender;
}

/** After a write transaction committed: announces what it touched. */
export function announceCommitted(tx: object): void {
  const native = nativeTx(tx);
  const held = marks.get(native);
  // Nothing marked and no store a page shows (the team sync's own state, the
  // outbox): nothing to announce. Otherwise every open options page would read
  // its whole list again, on every page of every sync.
  if (held === undefined && !SHOWN_STORES.some((s) => native.objectStoreNames.contains(s))) return;
  const change =
    held === undefined || held === 'all' ? { all: true } : { all: false, customers: [...held] };
  channel()?.postMessage({ ...change, source: SOURCE });
}

/** A message as it arrives, checked by hand: anything else on the channel is ignored. */
function readChange(data: unknown): DbChange | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { all, customers, source } = data as {
    all?: unknown;
    customers?: unknown;
    source?: unknown;
  };
  const fromHere = source === SOURCE;
  if (all === true) return { all: true, fromHere };
  if (all === false && Array.isArray(customers) && customers.every((c) => typeof c === 'string')) {
    return { all: false, customers, fromHere };
  }
  return undefined;
}

/**
 * Calls `listener` for every change committed anywhere in the extension, this
 * page's own included. Returns the function that stops listening.
 */
export function onDbChange(listener: (change: DbChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const receiver = new BroadcastChannel(CHANNEL);
  (receiver as { unref?: () => void }).unref?.();
  receiver.onmessage = (event: MessageEvent) => {
    const change = readChange(event.data);
    if (change) listener(change);
  };
  return () => receiver.close();
}
