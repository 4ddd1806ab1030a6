/**
 * Which status changes make sense (docs/ARCHITECTURE.md "Data"):
 *
 *   draft → sent → accepted | declined | expired | cancelled;  accepted → removed
 *
 * plus three choices of ours:
 * - a draft may be cancelled (thrown away without being sent);
 * - expired → accepted: "expired" is the partner's judgement after waiting, but
 *   the reseller link itself keeps working, so a late acceptance is real;
 * - undo: the status the invitation had just before its current one (from its
 *   history) is always allowed, so a mis-click in the options page's Status select
 *   is put right without deleting anything. Only one step: undo, then undo again
 *   is a redo.
 *
 * This is a domain rule; it can move to lib/invitation without changing callers.
 */
import type { AppError, Invitation, InvitationStatus } from '../schema';

const FORWARD: Readonly<Record<InvitationStatus, readonly InvitationStatus[]>> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'declined', 'expired', 'cancelled'],
  accepted: ['removed'],
  declined: [],
  expired: ['accepted'],
  cancelled: [],
  removed: [],
};

type Current = Pick<Invitation, 'status' | 'history'>;

/** The status to go back to for an undo, if the history has one. */
export function previousStatus(invitation: Current): InvitationStatus | undefined {
  const before = invitation.history.at(-2)?.status;
  return before !== undefined && before !== invitation.status ? before : undefined;
}

/** Every status the invitation may be set to now (for the Status select). */
export function allowedNextStatuses(invitation: Current): InvitationStatus[] {
  const next = [...FORWARD[invitation.status]];
  const back = previousStatus(invitation);
  if (back !== undefined && !next.includes(back)) next.push(back);
  return next;
}

/** `undefined` when the change is allowed, else the error to show. */
export function checkTransition(
  invitation: Current,
  to: InvitationStatus,
): AppError<'invalid-transition'> | undefined {
  if (allowedNextStatuses(invitation).includes(to)) return undefined;
  const allowed = allowedNextStatuses(invitation);
  const why =
    to === invitation.status
      ? `The invitation is already ${to}.`
      : `An invitation that is ${invitation.status} cannot become ${to}.`;
  const hint = allowed.length ? ` It can become: ${allowed.join(', ')}.` : '';
  return { code: 'invalid-transition', message: why + hint };
}
