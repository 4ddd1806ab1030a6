/**
 * A customer's latest invitation: the one its status in the list comes from, and
 * the one Partner Center's export can mark accepted. Latest = sent most recently,
 * a draft counting from its creation (same rule as lib/db's listInvitationsForCustomer).
 */
import type { Invitation } from '../schema';

function timeOf(invitation: Invitation): number {
  return invitation.sentAt ?? invitation.createdAt;
}

/** One pass over all invitations: a Map from customer id to its latest one. */
export function latestInvitationByCustomer(
  invitations: readonly Invitation[],
): Map<string, Invitation> {
  const latest = new Map<string, Invitation>();
  for (const invitation of invitations) {
    const held = latest.get(invitation.customerId);
    if (!held || timeOf(invitation) > timeOf(held)) latest.set(invitation.customerId, invitation);
  }
  return latest;
}
