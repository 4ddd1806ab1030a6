/**
 * The counts behind the options page's overview, from the `latest` store's
 * indexes (version 3): how many summaries have each status, how many were sent
 * before a time or within a range — counts the database makes from index keys
 * without handing a single record over. Only small sets are read in full: the
 * summaries reminded recently and the oldest unanswered ones (GDAP expiry
 * candidates). One read-only transaction, so every figure describes the same
 * moment. What the figures mean is lib/reminders' business (overview.ts); this
 * module only counts what it is asked.
 */
import { INVITATION_STATUSES, type InvitationStatus, type LatestInvitation } from '../schema';
import { type DbResult, ok } from './errors';
import { parseLatest } from './list';
import { inTransaction } from './transaction';

export interface OverviewQuery {
  /** Count the `sent` summaries sent strictly before each of these times. */
  sentBefore: readonly number[];
  /** Read the summaries whose last reminder is at or after this time. */
  remindedSince: number;
  /** Read the `sent` summaries sent at or before this time. */
  readSentUpTo: number;
}

export interface OverviewCounts {
  customers: number;
  byStatus: Record<InvitationStatus, number>;
  /** One count per `sentBefore` time. */
  sentBefore: number[];
  reminded: LatestInvitation[];
  oldSent: LatestInvitation[];
}

/** Every key for `status` at or after `from` and before `to` (a compound-key range). */
function sentRange(status: InvitationStatus, from: number, to: number, toOpen = true) {
  return IDBKeyRange.bound([status, from], [status, to], false, toOpen);
}

function perStatus<T>(make: (status: InvitationStatus) => Promise<T>) {
  return Promise.all(INVITATION_STATUSES.map(make)).then(
    (values) =>
      Object.fromEntries(INVITATION_STATUSES.map((s, i) => [s, values[i]])) as Record<
        InvitationStatus,
        T
      >,
  );
}

export function readOverviewCounts(query: OverviewQuery): Promise<DbResult<OverviewCounts>> {
  return inTransaction(['customers', 'latest'], 'readonly', async (tx) => {
    const latest = tx.objectStore('latest');
    const byStatus = latest.index('by-status');
    const bySent = latest.index('by-status-sent');
    // Every request is made before the first await: they run together.
    const customers = tx.objectStore('customers').count();
    const statuses = perStatus((status) => byStatus.count(status));
    const sentBefore = Promise.all(
      query.sentBefore.map((t) => bySent.count(sentRange('sent', -Infinity, t))),
    );
    const reminded = latest
      .index('by-follow-up')
      .getAll(IDBKeyRange.lowerBound(query.remindedSince));
    const oldSent = bySent.getAll(sentRange('sent', -Infinity, query.readSentUpTo, false));
    return ok({
      customers: await customers,
      byStatus: await statuses,
      sentBefore: await sentBefore,
      reminded: parseLatest(await reminded),
      oldSent: parseLatest(await oldSent),
    });
  });
}
