/**
 * A reminder for a customer's open invitation, in the two forms it travels in:
 * the popup's unfinished draft (marked `reminder`, so handing it over records a
 * follow-up event instead of a new invitation: docs/ARCHITECTURE.md, "Extension
 * storage") and the plain e-mail a prefilled compose window takes.
 */
import { formFieldsForCustomer } from '../form/form';
import { renderReminder } from '../invitation/reminder';
import {
  ComposeFormSchema,
  type Customer,
  type Invitation,
  type PartnerProfile,
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
): Reminder {
  const { subject, text } = renderReminder({
    language: invitation.language,
    cloud: invitation.cloud,
    customerName: customer.name,
    contactName: customer.contactName,
    partnerName: profile.partnerName,
    senderName: profile.senderName,
    ...(profile.signature ? { signature: profile.signature } : {}),
    link: invitation.link,
    ...(invitation.gdapLink ? { gdapLink: invitation.gdapLink } : {}),
  });
  const form = ComposeFormSchema.parse({
    ...formFieldsForCustomer(customer),
    cloud: invitation.cloud,
    adminPrivileges: invitation.adminPrivileges,
    relationshipType: invitation.relationshipType,
    providerTenantId: invitation.providerTenantId ?? '',
    purpose: invitation.purpose,
    language: invitation.language,
    gdapLink: invitation.gdapLink ?? '',
  });
  const draft = UnfinishedDraftSchema.parse({
    form,
    // Written here, not by the popup's templates: kept as it is.
    edited: true,
    subject,
    message: text,
    link: invitation.link,
    savedAt: now,
    reminder: { invitationId: invitation.id },
  });
  return { draft, email: { to: customer.contactEmail, subject, text } };
}
