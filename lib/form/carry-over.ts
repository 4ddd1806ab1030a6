/**
 * Picking a returning customer in the popup: its stored fields, and from its
 * last invitation the choices a partner makes once per customer (e-mail
 * language, cloud, admin privileges, relationship type). A customer still
 * waiting on an invitation gets a reminder of that invitation, with its link,
 * which is recorded as a follow-up event on it (lib/db recordFollowUp).
 */
import type { ComposeForm, Customer, Invitation } from '../schema';
import { cloudForNewInvitation, formFieldsForCustomer } from './form';

/** What a pick does to the form: `last` is the customer's latest invitation, when it has one. */
export function formForReturningCustomer(
  form: ComposeForm,
  customer: Customer,
  last: Invitation | undefined,
): ComposeForm {
  const {
    openInvitationId: _id,
    openInvitationLink: _link,
    openInvitationSentAt: _sent,
    ...rest
  } = form;
  const next: ComposeForm = {
    ...rest,
    ...formFieldsForCustomer(customer),
    // A reminder belonged to the customer picked before.
    purpose: form.purpose === 'reminder' ? 'new-relationship' : form.purpose,
    gdapLink: form.purpose === 'reminder' ? '' : form.gdapLink,
  };
  if (!last) return next;
  const carried: ComposeForm = {
    ...next,
    language: last.language,
    cloud: cloudForNewInvitation(last.cloud),
    adminPrivileges: last.adminPrivileges,
    relationshipType: last.relationshipType,
    providerTenantId: last.providerTenantId ?? next.providerTenantId,
  };
  if (last.status === 'sent') {
    return {
      ...carried,
      purpose: 'reminder',
      gdapLink: last.gdapLink ?? '',
      openInvitationId: last.id,
      openInvitationLink: last.link,
      ...(last.sentAt === undefined ? {} : { openInvitationSentAt: last.sentAt }),
    };
  }
  // Removed relationship or admin rights: the same invitation restores them (docs/DOMAIN.md).
  if (last.status === 'removed') return { ...carried, purpose: 'restore-admin' };
  return carried;
}
