/** A customer's GDAP requests in its details: which are followed, and where a new link goes. */
import { putAll } from '../../../lib/db';
import { relationshipIdOf } from '../../../lib/microsoft/gdap-status';
import type { Invitation } from '../../../lib/schema';
import type { GdapRecord } from '../../../lib/schema/microsoft';
import { loadGdapRecords, loadSignedIn } from '../../../lib/storage/microsoft';

/** Requests made for this customer, or whose link one of its invitations carries. */
export async function gdapFor(
  customerId: string,
  invitations: readonly Invitation[],
): Promise<{ records: GdapRecord[]; signedIn: boolean }> {
  const linked = new Set(
    invitations.flatMap((i) => (i.gdapLink ? [relationshipIdOf(i.gdapLink)] : [])),
  );
  const [all, user] = await Promise.all([loadGdapRecords(), loadSignedIn()]);
  return {
    records: all.filter((r) => r.customerId === customerId || linked.has(r.id)),
    signedIn: user !== undefined,
  };
}

/**
 * The new approval link goes into the customer's latest invitation (the record
 * the list and the follow-up read), in one write; without an invitation it is
 * kept with the followed request only.
 */
export async function attachGdapLink(
  latest: Invitation | undefined,
  record: GdapRecord,
): Promise<string | undefined> {
  if (!latest) return undefined;
  const written = await putAll(
    { customers: [], invitations: [{ ...latest, gdapLink: record.link }] },
    { overwrite: true },
  );
  return written.ok ? undefined : written.error.message;
}
