// A reminder hand-over never takes over the draft record of an earlier hand-over
// to the same customer: a Send (or Discard) of the reminder would otherwise turn
// that never-sent draft into `sent` (or delete it), and no follow-up would be kept.
import { signal } from '@preact/signals';
import { afterEach, expect, it } from 'vitest';
import { handedOverWith } from '../../../entrypoints/popup/record';
import type { AppState } from '../../../entrypoints/popup/state';
import { closeDb, getInvitation, recordSentInvitation } from '../../../lib/db';
import { ComposeFormSchema, type HandedOver } from '../../../lib/schema';
import { draft } from '../db/fixtures';

afterEach(closeDb);

it('a reminder after a new invitation to the same customer carries no draft id', async () => {
  const sent = await recordSentInvitation({
    customer: { name: 'Bakkerij de Zon', contactEmail: 'jan@bakkerijdezon.nl' },
    invitation: draft(),
    channel: 'gmail',
  });
  if (!sent.ok) throw new Error(sent.error.message);
  const { customer, invitation: open } = sent.value;
  const state = {
    handedOver: signal<HandedOver | undefined>(undefined),
    notice: signal(undefined),
  } as unknown as AppState;
  const form = ComposeFormSchema.parse({
    customerId: customer.id,
    customerName: customer.name,
    contactEmail: customer.contactEmail,
    openInvitationId: open.id,
    openInvitationLink: open.link,
    openInvitationSentAt: open.sentAt,
  });
  const ready = (purpose: 'additional-partner' | 'reminder') => ({
    to: customer.contactEmail,
    subject: purpose,
    message: `${purpose} ${open.link}`,
    closing: '',
    link: open.link,
    gdapLink: '',
    form: { ...form, purpose },
  });

  // An invitation of another purpose first: its draft record is saved at once.
  await handedOverWith(state, 'gmail', ready('additional-partner') as never);
  const draftId = state.handedOver.value?.invitationId;
  expect(draftId).toBeDefined();

  // Then the reminder: it keeps no id, so nothing can mark that draft sent.
  await handedOverWith(state, 'gmail', ready('reminder') as never);
  expect(state.handedOver.value?.invitationId).toBeUndefined();
  const stored = await getInvitation(draftId!);
  expect(stored.ok && stored.value.status).toBe('draft');
});
