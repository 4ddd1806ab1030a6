/**
 * The team sync's reads and writes (docs/MICROSOFT.md, "Team sharing"). The sync
 * itself lives in lib/team; this file only moves its data in and out of
 * IndexedDB, each step in one transaction:
 *
 * - `readTeamWork` reads the outbox and, for the customers it names (all of them
 *   after a bulk write, or when asked), their records and shadows;
 * - `applyTeamWork` writes what the team agreed on: records (each only if it is
 *   still as the sync read it — a local edit made meanwhile is never overwritten,
 *   its own outbox entry brings it to the next sync), shadows, and removes the
 *   outbox entries that were delivered (only if no later write replaced them).
 *
 * Its writes add no outbox entry (changes.ts, `markFromTeam`).
 */
import type { Customer, Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import { markChanged, markFromTeam } from './changes';
import { type DbResult, ok } from './errors';
import { refreshLatestIn } from './latest';
import { sameValue } from './merge';
import { CustomerRecordSchema, InvitationRecordSchema } from './record-schema';
import { parseStoredList } from './records';
import type { OutboxEntry, TeamShadow } from './team-types';
import { inTransaction } from './transaction';

export type { OutboxEntry, StoredDoc, TeamShadow } from './team-types';

export interface TeamWork {
  outbox: OutboxEntry[];
  customers: Customer[];
  invitations: Invitation[];
  shadows: TeamShadow[];
  /** Records that failed their check: never sent, reported. */
  damaged: string[];
}

/**
 * The outbox and what it names. `everything`: every record and shadow (the first
 * sync of a profile, a `'*'` entry); else the customers with an entry, and
 * `customers` (those a pulled page touches).
 */
export function readTeamWork({
  everything = false,
  customers: also = [] as readonly string[],
} = {}): Promise<DbResult<TeamWork>> {
  return inTransaction(['outbox', 'customers', 'invitations', 'team'], 'readonly', async (tx) => {
    const outbox = await tx.objectStore('outbox').getAll();
    const all = everything || outbox.some((e) => e.customerId === '*');
    if (all) {
      const [rawCustomers, rawInvitations, shadows] = await Promise.all([
        tx.objectStore('customers').getAll(),
        tx.objectStore('invitations').getAll(),
        tx.objectStore('team').getAll(),
      ]);
      const customers = parseStoredList('customers', rawCustomers);
      const invitations = parseStoredList('invitations', rawInvitations);
      return ok({
        outbox,
        customers: customers.items,
        invitations: invitations.items,
        shadows,
        damaged: [...customers.invalid, ...invitations.invalid].map((i) => i.message),
      });
    }
    const ids = [...new Set([...outbox.map((e) => e.customerId), ...also])];
    const per = await Promise.all(
      ids.map(async (id) => {
        const [customer, invitations, shadows] = await Promise.all([
          tx.objectStore('customers').get(id),
          tx.objectStore('invitations').index('by-customer').getAll(id),
          tx.objectStore('team').index('by-customer').getAll(id),
        ]);
        return { customer, invitations, shadows };
      }),
    );
    const customers = parseStoredList(
      'customers',
      per.flatMap((p) => (p.customer === undefined ? [] : [p.customer])),
    );
    const invitations = parseStoredList(
      'invitations',
      per.flatMap((p) => p.invitations),
    );
    return ok({
      outbox,
      customers: customers.items,
      invitations: invitations.items,
      shadows: per.flatMap((p) => p.shadows),
      damaged: [...customers.invalid, ...invitations.invalid].map((i) => i.message),
    });
  });
}

/** Shadows by list item id (a delta names a deleted item by its id only). */
export function readShadowsByItem(itemIds: string[]): Promise<DbResult<TeamShadow[]>> {
  return inTransaction(['team'], 'readonly', async (tx) => {
    const index = tx.objectStore('team').index('by-item');
    const found = await Promise.all(itemIds.map((id) => index.get(id)));
    return ok(found.filter((s): s is TeamShadow => s !== undefined));
  });
}

/** Shadows by key (`c:<id>`, `i:<id>`). */
export function readShadows(keys: string[]): Promise<DbResult<TeamShadow[]>> {
  return inTransaction(['team'], 'readonly', async (tx) => {
    const store = tx.objectStore('team');
    const found = await Promise.all(keys.map((key) => store.get(key)));
    return ok(found.filter((s): s is TeamShadow => s !== undefined));
  });
}

/** A record the team agreed on, and what this profile held when the sync read it. */
export type TeamWrite =
  | {
      kind: 'customer';
      id: string;
      /** What to store; undefined: the record is deleted. */
      record: Customer | undefined;
      /** As the sync read it (undefined: absent). Written only if it is still so. */
      readAs: Customer | undefined;
    }
  | {
      kind: 'invitation';
      id: string;
      record: Invitation | undefined;
      readAs: Invitation | undefined;
    };

export interface TeamApply {
  writes: TeamWrite[];
  shadows: TeamShadow[];
  /** Outbox entries delivered: removed if still with this time. */
  delivered: OutboxEntry[];
}

export interface TeamApplied {
  written: number;
  /** Records left alone: changed here since the sync read them, or refused by the record check. */
  skipped: string[];
}

export function applyTeamWork({
  writes,
  shadows,
  delivered,
}: TeamApply): Promise<DbResult<TeamApplied>> {
  return inTransaction(
    ['customers', 'invitations', 'latest', 'team', 'outbox'],
    'readwrite',
    async (tx) => {
      markFromTeam(tx);
      const customers = tx.objectStore('customers');
      const invitations = tx.objectStore('invitations');
      const skipped: string[] = [];
      const touched = new Set<string>();
      const stale = new Set<string>();
      let written = 0;
      const apply = async (w: TeamWrite) => {
        const store = w.kind === 'customer' ? customers : invitations;
        const now = await store.get(w.id);
        if (!sameValue(now, w.readAs)) {
          skipped.push(`${w.kind} ${w.id}: changed here meanwhile; the next sync merges it`);
          stale.add(`${w.kind === 'customer' ? 'c' : 'i'}:${w.id}`);
          return;
        }
        if (w.kind === 'invitation' && w.record && !(await customers.get(w.record.customerId))) {
          // Never an invitation without its customer (the list and overview count them).
          skipped.push(`invitation ${w.id}: its customer is deleted here, so it was not restored`);
          stale.add(`i:${w.id}`);
          return;
        }
        if (w.record === undefined) {
          if (now !== undefined) await store.delete(w.id);
          if (w.kind === 'customer') {
            // As deleteCustomer does: the customer's invitations go with it.
            const keys = await invitations.index('by-customer').getAllKeys(w.id);
            await Promise.all(keys.map((key) => invitations.delete(key)));
          }
        } else {
          const parsed = (
            w.kind === 'customer' ? CustomerRecordSchema : InvitationRecordSchema
          ).safeParse(w.record);
          if (!parsed.success) {
            skipped.push(`${w.kind} ${w.id}: ${describeIssues(parsed.error)}`);
            stale.add(`${w.kind === 'customer' ? 'c' : 'i'}:${w.id}`);
            return;
          }
          await store.put(parsed.data as never);
        }
        written += 1;
        const customerId =
          w.kind === 'customer'
            ? w.id
            : (w.record?.customerId ?? (w.readAs as Invitation | undefined)?.customerId ?? '');
        if (customerId) touched.add(customerId);
        markChanged(tx, customerId || 'all');
      };
      // Customers first: an invitation is written only if its customer is there.
      await Promise.all(writes.filter((w) => w.kind === 'customer').map(apply));
      await Promise.all(writes.filter((w) => w.kind === 'invitation').map(apply));
      const team = tx.objectStore('team');
      await Promise.all(shadows.filter((s) => !stale.has(s.key)).map((shadow) => team.put(shadow)));
      const outbox = tx.objectStore('outbox');
      await Promise.all(
        delivered.map(async (entry) => {
          const current = await outbox.get(entry.customerId);
          if (current && current.at === entry.at) await outbox.delete(entry.customerId);
        }),
      );
      await Promise.all(
        [...touched].map((customerId) =>
          refreshLatestIn({ invitations, latest: tx.objectStore('latest') }, customerId),
        ),
      );
      return ok({ written, skipped });
    },
  );
}

export function getTeamState(name: string): Promise<DbResult<string | undefined>> {
  return inTransaction(['teamState'], 'readonly', async (tx) =>
    ok((await tx.objectStore('teamState').get(name))?.value),
  );
}

export function setTeamState(name: string, value: string | undefined): Promise<DbResult<true>> {
  return inTransaction(['teamState'], 'readwrite', async (tx) => {
    markFromTeam(tx);
    if (value === undefined) await tx.objectStore('teamState').delete(name);
    else await tx.objectStore('teamState').put({ name, value });
    return ok(true);
  });
}

/** How many customers wait in the outbox (`'*'` counts as one). */
export function countOutbox(): Promise<DbResult<number>> {
  return inTransaction(['outbox'], 'readonly', async (tx) =>
    ok(await tx.objectStore('outbox').count()),
  );
}

/**
 * Stopping sharing: forgets the lists' items, eTags and delta links. Records and
 * the outbox stay: the data is the partner's, and sharing again delivers it.
 */
export function forgetTeam(): Promise<DbResult<true>> {
  return inTransaction(['team', 'teamState'], 'readwrite', async (tx) => {
    markFromTeam(tx);
    await Promise.all([tx.objectStore('team').clear(), tx.objectStore('teamState').clear()]);
    return ok(true);
  });
}

/** What the team sync knows of a customer's records (its details show who changed what). */
export function readTeamShadows(customerId: string): Promise<DbResult<TeamShadow[]>> {
  return inTransaction(['team'], 'readonly', async (tx) =>
    ok(await tx.objectStore('team').index('by-customer').getAll(customerId)),
  );
}
