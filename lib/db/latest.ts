/**
 * The `latest` store (version 2): per customer, a summary of its latest invitation.
 *
 * Why it exists: the options page lists every customer with the status of its
 * latest invitation, and the reminders count the ones waiting. Reading every
 * invitation for that means deserialising every e-mail text — about half a second
 * at 20,000 invitations and several seconds at 200,000 (docs/ARCHITECTURE.md, "Budgets"). So every
 * function here that writes invitations also rewrites the summaries of the
 * customers concerned, in the same transaction: the summary can never disagree
 * with the invitations it describes.
 */
import type { IDBPObjectStore } from 'idb';
import type { Invitation, LatestInvitation } from '../schema';
import { markChanged } from './changes';
import { parseStored, parseStoredList } from './records';
import type { AppDB, AppStoreName } from './schema';

/** When an invitation last mattered to the partner: sent, else created (as listInvitationsForCustomer). */
function timeOf(invitation: Invitation): number {
  return invitation.sentAt ?? invitation.createdAt;
}

/** Whether `a` is later than `b`; on equal times the smaller id wins, so the answer never depends on order. */
export function isLaterInvitation(a: Invitation, b: Invitation): boolean {
  const ta = timeOf(a);
  const tb = timeOf(b);
  return ta !== tb ? ta > tb : a.id < b.id;
}

function followUpSummary(
  invitation: Invitation,
): Pick<LatestInvitation, 'followUpCount' | 'lastFollowUpAt'> {
  const last = invitation.followUps?.at(-1);
  return last ? { followUpCount: invitation.followUps!.length, lastFollowUpAt: last.at } : {};
}

/** The summary of a customer's invitations, or undefined when it has none. */
export function summarizeInvitations(
  invitations: readonly Invitation[],
): LatestInvitation | undefined {
  let latest: Invitation | undefined;
  for (const invitation of invitations) {
    if (!latest || isLaterInvitation(invitation, latest)) latest = invitation;
  }
  if (!latest) return undefined;
  const last = latest.history.at(-1);
  const before = latest.history.at(-2)?.status;
  return {
    customerId: latest.customerId,
    invitationId: latest.id,
    status: latest.status,
    ...(before !== undefined && before !== latest.status ? { previousStatus: before } : {}),
    changedAt: last?.at ?? latest.createdAt,
    createdAt: latest.createdAt,
    ...(latest.sentAt === undefined ? {} : { sentAt: latest.sentAt }),
    adminPrivileges: latest.adminPrivileges,
    cloud: latest.cloud,
    purpose: latest.purpose,
    language: latest.language,
    ...(latest.gdapLink ? { gdapLink: latest.gdapLink } : {}),
    count: invitations.length,
    ...followUpSummary(latest),
  };
}

/** Invitations grouped by customer, in one pass. */
export function groupByCustomer(invitations: Iterable<Invitation>): Map<string, Invitation[]> {
  const groups = new Map<string, Invitation[]>();
  for (const invitation of invitations) {
    const group = groups.get(invitation.customerId);
    if (group) group.push(invitation);
    else groups.set(invitation.customerId, [invitation]);
  }
  return groups;
}

type Store<S extends ArrayLike<AppStoreName>, N extends 'invitations' | 'latest'> = IDBPObjectStore<
  AppDB,
  S,
  N,
  'readwrite' | 'versionchange'
>;

export interface LatestStores<S extends ArrayLike<AppStoreName>> {
  invitations: Store<S, 'invitations'>;
  latest: Store<S, 'latest'>;
}

async function write<S extends ArrayLike<AppStoreName>>(
  store: Store<S, 'latest'>,
  customerId: string,
  summary: LatestInvitation | undefined,
): Promise<void> {
  if (summary) await store.put(summary);
  else await store.delete(customerId);
}

/**
 * Rewrites one customer's summary from what its invitations are now, inside the
 * caller's transaction. A damaged invitation is left out of the summary (lib/db
 * never hands one on); the list then shows the latest valid one.
 */
export async function refreshLatestIn<S extends ArrayLike<AppStoreName>>(
  stores: LatestStores<S>,
  customerId: string,
): Promise<void> {
  markChanged(stores.latest.transaction, customerId);
  const raws = await stores.invitations.index('by-customer').getAll(customerId);
  const { items } = parseStoredList('invitations', raws);
  await write(stores.latest, customerId, summarizeInvitations(items));
}

/**
 * Rewrites the summaries of every customer a batch of invitations touches, after
 * the batch was written. Invitations in the batch are taken from memory; only the
 * customers' other invitations (by key, from the index) are read — for an import
 * of new data, none — so a 20,000-invitation import does not read them back.
 */
export async function refreshLatestForBatch<S extends ArrayLike<AppStoreName>>(
  stores: LatestStores<S>,
  written: readonly Invitation[],
): Promise<void> {
  const byId = new Map(written.map((invitation) => [invitation.id, invitation]));
  const groups = groupByCustomer(written);
  const byCustomer = stores.invitations.index('by-customer');
  await Promise.all(
    [...groups.keys()].map(async (customerId) => {
      const keys = await byCustomer.getAllKeys(customerId);
      const others = await Promise.all(
        keys.filter((key) => !byId.has(key)).map((key) => stores.invitations.get(key)),
      );
      const stored = others.flatMap((raw) => {
        const parsed = raw === undefined ? undefined : parseStored('invitations', raw, '');
        return parsed?.ok ? [parsed.value] : [];
      });
      const all = [...keys.flatMap((key) => byId.get(key) ?? []), ...stored];
      await write(stores.latest, customerId, summarizeInvitations(all));
    }),
  );
}

/** Summaries of a whole batch when nothing else is stored (restore from a backup, the upgrade). */
export function summarizeAll(invitations: Iterable<Invitation>): LatestInvitation[] {
  return [...groupByCustomer(invitations).values()].flatMap(
    (group) => summarizeInvitations(group) ?? [],
  );
}
