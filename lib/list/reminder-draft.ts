/**
 * A reminder for a customer's open invitation, in the two forms it travels in:
 * the popup's unfinished draft (purpose `reminder` with the open invitation's id,
 * link and sending time, so handing it over records a follow-up event instead
 * of a new invitation: docs/ARCHITECTURE.md, "Extension storage") and the plain
 * e-mail a prefilled compose window takes. The text is the popup's own reminder
 * template (lib/invitation, en and nl), so both ways say the same.
 */
import { formFieldsForCustomer } from '../form/form';
import { renderDraft, signerOf } from '../invitation';
import {
  ComposeFormSchema,
  type Customer,
  type Invitation,
  type PartnerProfile,
  type Result,
  type Settings,
  type UnfinishedDraft,
  UnfinishedDraftSchema,
} from '../schema';

export interface ReminderEmail {
  to: string;
  subject: string;
  text: string;
}

export interface Reminder {
  draft: UnfinishedDraft;
  email: ReminderEmail;
}

export function reminderFor(
  customer: Customer,
  invitation: Invitation,
  profile: PartnerProfile,
  now: number,
  templates?: Settings['templates'],
): Result<Reminder> {
  const sentAt = invitation.sentAt ?? invitation.createdAt;
  const rendered = renderDraft({
    language: invitation.language,
    purpose: 'reminder',
    cloud: invitation.cloud,
    customerName: customer.name,
    contactName: customer.contactName,
    ...signerOf(profile),
    link: invitation.link,
    ...(invitation.gdapLink ? { gdapLink: invitation.gdapLink } : {}),
    sentAt,
    ...(templates ? { templates } : {}),
  });
  if (!rendered.ok) return rendered;
  const { subject, text } = rendered.value;
  const form = ComposeFormSchema.parse({
    ...formFieldsForCustomer(customer),
    cloud: invitation.cloud,
    adminPrivileges: invitation.adminPrivileges,
    relationshipType: invitation.relationshipType,
    providerTenantId: invitation.providerTenantId ?? '',
    purpose: 'reminder',
    language: invitation.language,
    gdapLink: invitation.gdapLink ?? '',
    openInvitationId: invitation.id,
    openInvitationLink: invitation.link,
    openInvitationSentAt: sentAt,
  });
  const draft = UnfinishedDraftSchema.parse({
    form,
    // The popup's reminder template, written out: kept as it is.
    edited: true,
    subject,
    message: text,
    link: invitation.link,
    savedAt: now,
  });
  return { ok: true, value: { draft, email: { to: customer.contactEmail, subject, text } } };
}
