/**
 * A customer's latest invitation: the one its status in the list comes from, and
 * the one Partner Center's export can mark accepted. Latest = sent most recently,
 * a draft counting from its creation (lib/db's one rule, ties broken by id, so the list and imports agree).
 */
import { isLaterInvitation } from '../db';
import type { Invitation } from '../schema';

/** One pass over all invitations: a Map from customer id to its latest one. */
export function latestInvitationByCustomer(
  invitations: readonly Invitation[],
): Map<string, Invitation> {
  const latest = new Map<string, Invitation>();
  for (const invitation of invitations) {
    const held = latest.get(invitation.customerId);
    if (!held || isLaterInvitation(invitation, held)) latest.set(invitation.customerId, invitation);
  }
  return latest;
}
