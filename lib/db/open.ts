/**
 * Opening the database: versions, upgrades, and a cached connection.
 *
 * Several extension pages (popup, options, background) hold connections at once.
 * When a new version of the extension upgrades the database, every older
 * connection must step aside, or the upgrade waits for ever behind an options
 * page left open in a tab. So each connection closes itself on `blocking`.
 */
import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Invitation } from '../schema';
import { markChanged } from './changes';
import { refreshLatestIn, summarizeAll } from './latest';
import { normaliseCustomer, normaliseInvitation } from './normalise';
import {
  CustomerRecordSchema,
  InvitationRecordSchema,
  quickCustomerRecord,
  quickInvitationRecord,
} from './record-schema';
import { parseStored } from './records';
import { type AppDB, DB_NAME } from './schema';

export { DB_NAME };
export const DB_VERSION = 5;

type UpgradeTransaction = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'versionchange'>;

/**
 * One block per version, run in order from the version found on disk. A block is
 * never edited once released: users' databases were built by exactly that code,
 * and a later fix goes into a new block.
 */
function upgrade(db: IDBPDatabase<AppDB>, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const customers = db.createObjectStore('customers', { keyPath: 'id' });
    customers.createIndex('by-name', 'nameKey');
    customers.createIndex('by-email', 'contactEmail');
    customers.createIndex('by-domain', 'domain');
    customers.createIndex('by-updated', 'updatedAt');

    const invitations = db.createObjectStore('invitations', { keyPath: 'id' });
    invitations.createIndex('by-customer', 'customerId');
    invitations.createIndex('by-status', 'status');
    invitations.createIndex('by-sent', 'sentAt');
  }
  if (oldVersion < 2) {
    // The latest invitation per customer, so the list does not read every e-mail text.
    const latest = db.createObjectStore('latest', { keyPath: 'customerId' });
    latest.createIndex('by-status', 'status');
    fillLatest(tx);
  }
  if (oldVersion < 3) {
    // The options page's overview counts from these without reading the summaries
    // (docs/ARCHITECTURE.md, "Data"). A new index on a store indexes what it holds.
    const latest = tx.objectStore('latest');
    // Drafts have no `sentAt`, so they are absent: [status, sentAt] for sent-and-later only.
    latest.createIndex('by-status-sent', ['status', 'sentAt']);
    // Only summaries with a reminder have `lastFollowUpAt`: a small index.
    latest.createIndex('by-follow-up', 'lastFollowUpAt');
  }
  if (oldVersion < 4) {
    // Team sharing (docs/MICROSOFT.md, "Team sharing"): the outbox every write
    // adds to, each record as the team last agreed on it, and the delta links.
    // Records already stored are not queued: sharing's first sync compares them all.
    db.createObjectStore('outbox', { keyPath: 'customerId' });
    const team = db.createObjectStore('team', { keyPath: 'key' });
    team.createIndex('by-customer', 'customerId');
    // Delta answers name a deleted item by its id only.
    team.createIndex('by-item', 'itemId');
    db.createObjectStore('teamState', { keyPath: 'name' });
  }
  if (oldVersion < 5) {
    // Records earlier versions stored that today's record check refuses (a
    // country name, an upper-case address, a tab in a name, a link not written
    // as the URL parser writes it, …) repaired where nothing is lost (normalise.ts).
    repairRecords(tx);
  }
}

/**
 * Version 2's data step: summaries of the invitations already stored. Runs inside
 * the upgrade transaction (only its own requests are awaited), so the database
 * opens with the summaries complete, or the upgrade fails and nothing changes.
 */
function fillLatest(tx: UpgradeTransaction): void {
  const run = async () => {
    const raws = await tx.objectStore('invitations').getAll();
    const valid: Invitation[] = [];
    for (const raw of raws) {
      const parsed = parseStored('invitations', raw, '');
      if (parsed.ok) valid.push(parsed.value);
    }
    const store = tx.objectStore('latest');
    await Promise.all(summarizeAll(valid).map((summary) => store.put(summary)));
  };
  run().catch(() => {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open fails either way.
    }
  });
}

/**
 * Version 5's data step. The record check became stricter without an upgrade
 * (limits, names, e-mail and domain, country codes, canonical links), so records
 * written by earlier versions could fail it and be counted as damaged: readable
 * only as an export. Each failing record is given to the normaliser; what then
 * passes its schema is written back, anything else is left exactly as it was (it
 * stays damaged: nothing is deleted or invented). Runs inside the upgrade
 * transaction as fillLatest does: only its own requests are awaited. A record
 * the repair itself trips over is left as it was (the repair is a courtesy: a bug
 * in it must not cost the whole database); a failed request aborts the upgrade,
 * so the open fails and nothing changes.
 *
 * Requests run in the order they are made, so after version 2's fillLatest (on a
 * version 1 database) whose summaries this then corrects.
 *
 * As every write does: a rewritten customer is marked changed (`markChanged`: its
 * outbox entry, so team sharing sends the corrected record, which it never sends
 * while damaged), and a customer with a repaired invitation gets its summary
 * rebuilt (`refreshLatestIn`, which marks it too). `updatedAt` is kept: the
 * partner changed nothing, so the list's "last updated" order stays, and the
 * new note entries are dated by it.
 *
 * It judges by today's record check, as fillLatest does: a rule made stricter
 * later needs a block of its own (and normaliser rules for it), not an edit here.
 */
function repairRecords(tx: UpgradeTransaction): void {
  /** The record repaired and passing `schema`, or undefined (nothing to do, or not repairable). */
  const repair = (
    raw: unknown,
    passes: (raw: unknown) => boolean,
    normalise: (raw: unknown) => Record<string, unknown> | undefined,
  ): Record<string, unknown> | undefined => {
    try {
      if (passes(raw)) return undefined;
      const repaired = normalise(raw);
      return repaired && passes(repaired) ? repaired : undefined;
    } catch (e) {
      console.warn('Version 5 repair: a record is left as it was', e);
      return undefined;
    }
  };
  const customerPasses = (raw: unknown) =>
    quickCustomerRecord(raw) || CustomerRecordSchema.safeParse(raw).success;
  const invitationPasses = (raw: unknown) =>
    quickInvitationRecord(raw) || InvitationRecordSchema.safeParse(raw).success;
  const run = async () => {
    // One record at a time (cursors, not getAll): a database of 100,000 customers
    // and their e-mail texts is not held in memory at once.
    const customers = tx.objectStore('customers');
    for (let cursor = await customers.openCursor(); cursor; cursor = await cursor.continue()) {
      const repaired = repair(cursor.value, customerPasses, normaliseCustomer);
      if (!repaired) continue;
      await cursor.update(repaired as never);
      markChanged(tx, repaired.id as string);
    }
    const touched = new Set<string>();
    const invitations = tx.objectStore('invitations');
    for (let cursor = await invitations.openCursor(); cursor; cursor = await cursor.continue()) {
      const repaired = repair(cursor.value, invitationPasses, normaliseInvitation);
      if (!repaired) continue;
      await cursor.update(repaired as never);
      touched.add(repaired.customerId as string);
    }
    const latest = tx.objectStore('latest');
    for (const customerId of touched) await refreshLatestIn({ invitations, latest }, customerId);
  };
  run().catch(() => {
    // The open reports the abort; idb's own promise of the transaction must not
    // become an unhandled rejection besides.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open fails either way.
    }
  });
}

export interface OpenHooks {
  /** The connection was closed for a newer version, a deletion, or by the browser. */
  onGone?: () => void;
}

export function openAppDb(name = DB_NAME, hooks: OpenHooks = {}): Promise<IDBPDatabase<AppDB>> {
  return openDB<AppDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      upgrade(db, oldVersion, tx);
    },
    blocked(currentVersion, blockedVersion) {
      // Another page still holds an older connection and did not close it (an
      // older build without a `blocking` handler). Nothing to do but wait; say so.
      console.warn(
        `IndexedDB "${name}": upgrade from ${currentVersion} to ${blockedVersion} is waiting for another page to close it.`,
      );
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // Step aside for a newer version (or a deletion); the next call reopens.
      (event.target as IDBDatabase).close();
      hooks.onGone?.();
    },
    terminated() {
      // The browser closed the connection (storage cleared, disk error).
      hooks.onGone?.();
    },
  });
}

let dbPromise: Promise<IDBPDatabase<AppDB>> | undefined;

/** The page's one connection, opened on first use and again after it went away. */
export function getDb(): Promise<IDBPDatabase<AppDB>> {
  if (!dbPromise) {
    const opening = openAppDb(DB_NAME, {
      onGone: () => {
        if (dbPromise === opening) dbPromise = undefined;
      },
    });
    // A failed open is not cached, so the next call tries again.
    opening.catch(() => {
      if (dbPromise === opening) dbPromise = undefined;
    });
    dbPromise = opening;
  }
  return dbPromise;
}

/** Closes and forgets the cached connection (tests; a page about to delete the db). */
export async function closeDb(): Promise<void> {
  const opening = dbPromise;
  dbPromise = undefined;
  const db = await opening?.catch(() => undefined);
  db?.close();
}
