/**
 * A customer's activity as one timeline, newest first: the partner's dated notes,
 * every status each invitation had, and every reminder sent. The undated notes of
 * older records (and of CSV imports) come last, as one entry without a date.
 */
import type { Channel, Customer, Invitation, InvitationStatus, Purpose } from '../schema';

export type ActivityEntry =
  | { kind: 'note'; at: number; author: string; text: string }
  | {
      kind: 'status';
      at: number;
      status: InvitationStatus;
      purpose: Purpose;
      /** The reason recorded with the change (e.g. a Partner Center import). */
      note?: string;
    }
  | { kind: 'reminder'; at: number; channel?: Channel }
  | { kind: 'undated-notes'; text: string };

type Dated = Exclude<ActivityEntry, { kind: 'undated-notes' }>;

export function activityOf(
  customer: Customer,
  invitations: readonly Invitation[],
): ActivityEntry[] {
  const dated: Dated[] = [];
  for (const note of customer.noteEntries ?? []) {
    dated.push({ kind: 'note', at: note.at, author: note.author, text: note.text });
  }
  for (const invitation of invitations) {
    for (const change of invitation.history) {
      dated.push({
        kind: 'status',
        at: change.at,
        status: change.status,
        purpose: invitation.purpose,
        ...(change.note ? { note: change.note } : {}),
      });
    }
    for (const event of invitation.followUps ?? []) {
      dated.push({
        kind: 'reminder',
        at: event.at,
        ...(event.channel ? { channel: event.channel } : {}),
      });
    }
  }
  // Newest first; at the same moment the order they were added in stays (stable sort, reversed input).
  const entries: ActivityEntry[] = dated.reverse().sort((a, b) => b.at - a.at);
  const undated = customer.notes.trim();
  if (undated !== '') entries.push({ kind: 'undated-notes', text: customer.notes });
  return entries;
}
