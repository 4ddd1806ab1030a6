/**
 * What the team sync keeps in IndexedDB (version 4; docs/ARCHITECTURE.md,
 * "Data"). The shapes only: lib/team reads and writes them through lib/db.
 */

/** A customer written locally since the last delivery; `'*'` for "compare every record". */
export interface OutboxEntry {
  customerId: string;
  /** When the latest local write to it committed (epoch ms): the change time of what it changed. */
  at: number;
}

/** The merge's view of a record (lib/team/merge.ts, `TeamDoc`), stored as it is. */
export interface StoredDoc {
  fields: Record<string, unknown>;
  sets: Record<string, unknown[]>;
  times: Record<string, number>;
  by: Record<string, string>;
  deletedAt?: number;
  deletedBy?: string;
}

export interface TeamShadow {
  /** `c:<customer id>` or `i:<invitation id>`. */
  key: string;
  kind: 'customer' | 'invitation';
  id: string;
  customerId: string;
  /** The record with its per-field change times, as last merged here. */
  doc: StoredDoc;
  /** Its list item and that item's eTag when last read or written; absent until first delivered. */
  itemId?: string;
  eTag?: string;
  /** Graph's lastModifiedBy / lastModifiedDateTime of the item, for the details. */
  modifiedBy?: string;
  modifiedAt?: string;
  /** The merged doc holds something the item does not yet: send it. */
  unsent?: true;
}

export interface TeamStateEntry {
  name: string;
  value: string;
}
