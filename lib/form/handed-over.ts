/**
 * What was handed over (Insert into compose, Open in email app, Copy to clipboard)
 * and whether it still counts: Done records the invitation as handed over, so a
 * hand-over counts exactly while the draft is still what was handed over: the
 * same fields (recipient, customer, options, GDAP link), subject, message and
 * link. Nothing is reset by hand: an edit makes it stop counting, and editing
 * back makes it count again.
 */

import type { ComposeForm, DraftSnapshot, HandedOver } from '../schema/stored';
import type { Channel } from '../schema/values';

export type { DraftSnapshot, HandedOver } from '../schema/stored';

/** Just the parts a hand-over is compared on (a `Ready` carries more). */
export function snapshotOf(draft: DraftSnapshot): DraftSnapshot {
  return { form: draft.form, subject: draft.subject, message: draft.message, link: draft.link };
}

function sameForm(a: ComposeForm, b: ComposeForm): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ComposeForm)[]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

export function sameSnapshot(a: DraftSnapshot, b: DraftSnapshot): boolean {
  return (
    a.subject === b.subject &&
    a.message === b.message &&
    a.link === b.link &&
    sameForm(a.form, b.form)
  );
}

/**
 * The channel Done records: the hand-over's, while the draft as it stands
 * (`current`, undefined when it has no valid link) is the one handed over.
 */
export function channelStillValid(
  handedOver: HandedOver | undefined,
  current: DraftSnapshot | undefined,
): Channel | undefined {
  if (!handedOver || !current) return undefined;
  return sameSnapshot(handedOver.snapshot, current) ? handedOver.channel : undefined;
}

/**
 * Whether two forms write to the same customer: by stored id when both have
 * one, else by name and e-mail as typed (trimmed, any case). A second
 * hand-over to the same customer updates the first one's draft record; one to
 * someone else leaves it and starts a record of its own.
 */
export function sameRecipient(a: ComposeForm, b: ComposeForm): boolean {
  if (a.customerId && b.customerId) return a.customerId === b.customerId;
  const key = (form: ComposeForm) =>
    [form.customerName, form.contactEmail].map((s) => s.trim().toLowerCase()).join('\n');
  return key(a) === key(b);
}
