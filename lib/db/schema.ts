/**
 * The IndexedDB layout, typed for idb. Changing a store or an index means a new
 * version and a new upgrade block in open.ts — this interface describes the
 * newest version only.
 */
import type { DBSchema, IndexNames, StoreNames } from 'idb';
import type { Customer, Invitation, InvitationStatus, LatestInvitation } from '../schema';
import type { OutboxEntry, TeamShadow, TeamStateEntry } from './team-types';

export const DB_NAME = 'csp-reseller-invitations';

export interface AppDB extends DBSchema {
  customers: {
    key: string;
    value: Customer;
    indexes: {
      /** `nameKeyOf(name)`: search and sort by name without case or accents. */
      'by-name': string;
      /** Lower-cased contact e-mail ('' when unknown). */
      'by-email': string;
      /** Lower-cased domain ('' when unknown). */
      'by-domain': string;
      'by-updated': number;
    };
  };
  invitations: {
    key: string;
    value: Invitation;
    indexes: {
      'by-customer': string;
      'by-status': InvitationStatus;
      /** Drafts have no `sentAt`, so they are absent from this index. */
      'by-sent': number;
    };
  };
  /** Version 2: each customer's latest invitation, kept by the writers (see latest.ts). */
  latest: {
    key: string;
    value: LatestInvitation;
    indexes: {
      /** The reminders read the `sent` ones only. */
      'by-status': InvitationStatus;
      /** Version 3: the overview's counts by status and time sent (drafts are absent). */
      'by-status-sent': [InvitationStatus, number];
      /** Version 3: summaries whose invitation was chased, by the last reminder's time. */
      'by-follow-up': number;
    };
  };
  /**
   * Version 4: customers written locally and not yet delivered to the team's
   * lists, one entry per customer (`'*'` after a bulk write: compare them all).
   * Every write transaction adds its entry itself (changes.ts, `markChanged`).
   */
  outbox: {
    key: string;
    value: OutboxEntry;
  };
  /** Version 4: each record as the team last agreed on it, with its list item and eTag. */
  team: {
    key: string;
    value: TeamShadow;
    indexes: { 'by-customer': string; 'by-item': string };
  };
  /** Version 4: the team sync's own state (the delta links), by name. */
  teamState: {
    key: string;
    value: TeamStateEntry;
  };
}

export type AppStoreName = StoreNames<AppDB>;
export type CustomerIndex = IndexNames<AppDB, 'customers'>;
export type InvitationIndex = IndexNames<AppDB, 'invitations'>;
