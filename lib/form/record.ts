/**
 * What Done records: the customer (created, or updated when it matches one in the
 * store) and the invitation exactly as handed over — final subject and text, the
 * link, the options and the channel used.
 */
import type { RecordSentInput } from '../db';
import { effectiveAdminPrivileges, validateEmail } from '../invitation';
import type { Channel, ComposeForm, Purpose } from '../schema';
import { type HandedOver, sameRecipient } from './handed-over';
import { gdapLinkOf } from './link';

/**
 * A form for an invitation of its own: any purpose but `reminder`, which is
 * recorded as a follow-up event on the invitation it follows up instead.
 */
export type InvitationForm = ComposeForm & { purpose: Purpose };

export function isInvitationForm(form: ComposeForm): form is InvitationForm {
  return form.purpose !== 'reminder';
}

/**
 * The draft record a hand-over or Done of `form` writes into: the earlier
 * hand-over's, when it is for the same customer. A reminder has no draft record
 * of its own and never takes over an earlier one, which a Send or Discard would
 * then change. The popup's hand-over and Done and the context menu all ask this.
 */
export function reusedDraftId(
  before: Pick<HandedOver, 'invitationId' | 'snapshot'> | undefined,
  form: ComposeForm,
): string | undefined {
  if (!isInvitationForm(form) || !before?.invitationId) return undefined;
  return sameRecipient(before.snapshot.form, form) ? before.invitationId : undefined;
}

export interface DraftToRecord {
  form: InvitationForm;
  link: string;
  subject: string;
  message: string;
  channel: Channel;
  at?: number;
}

export function recordInputFor({
  form,
  link,
  subject,
  message,
  channel,
  at,
}: DraftToRecord): RecordSentInput {
  const email = validateEmail(form.contactEmail);
  const country = form.customerCountry.trim().toUpperCase();
  const gdapLink = gdapLinkOf(form);
  return {
    customer: {
      ...(form.customerId ? { id: form.customerId } : {}),
      name: form.customerName.trim(),
      contactName: form.contactName.trim(),
      contactEmail: email.ok ? email.value : form.contactEmail.trim(),
      domain: form.customerDomain.trim(),
      cloud: form.cloud,
      ...(country ? { country } : {}),
    },
    invitation: {
      relationshipType: form.relationshipType,
      ...(form.relationshipType === 'indirect'
        ? { providerTenantId: form.providerTenantId.trim() }
        : {}),
      purpose: form.purpose,
      cloud: form.cloud,
      adminPrivileges: effectiveAdminPrivileges(form.cloud, form.adminPrivileges),
      ...(gdapLink ? { gdapLink } : {}),
      link,
      language: form.language,
      subject,
      text: message,
    },
    channel,
    ...(at !== undefined ? { at } : {}),
  };
}
