/**
 * The popup's compose form as data: a fresh form from the partner's defaults, and
 * whether anything was typed yet. (No lib/invitation here: the popup paints the
 * form before it loads the invitation logic.)
 */
import type { Cloud, Customer, PartnerProfile } from '../schema';
import type { ComposeForm } from '../schema/stored';
import { defaultEmailLanguage } from './language';

/**
 * The cloud a new invitation can be for: Microsoft Cloud Germany closed in 2021
 * (docs/DOMAIN.md) and its tenants moved to the public cloud, so an old record's
 * `germany` becomes `public` in a new draft.
 */
export function cloudForNewInvitation(cloud: Cloud): Cloud {
  return cloud === 'germany' ? 'public' : cloud;
}

/**
 * A new form: the partner's default cloud, and the e-mail language of the
 * profile, else the browser's (`uiLanguage`); DAP checked as in Partner Center.
 * Every other field is ComposeFormSchema's default, written out so that the
 * popup builds no schema before its first paint (a unit test holds the two
 * equal, field by field and in the schema's order).
 */
export function newComposeForm(
  profile: PartnerProfile | undefined,
  uiLanguage = 'en',
): ComposeForm {
  return {
    customerName: '',
    contactEmail: '',
    contactName: '',
    customerDomain: '',
    customerCountry: '',
    cloud: cloudForNewInvitation(profile?.defaultCloud ?? 'public'),
    adminPrivileges: true,
    relationshipType: 'direct',
    providerTenantId: '',
    purpose: 'new-relationship',
    language: defaultEmailLanguage(profile, uiLanguage),
    gdapLink: '',
  };
}

/** True when the form is as a new one: nothing worth keeping as an unfinished draft. */
export function isBlankForm(
  form: ComposeForm,
  profile: PartnerProfile | undefined,
  uiLanguage = 'en',
): boolean {
  const blank = newComposeForm(profile, uiLanguage);
  return (
    (Object.keys(blank) as (keyof ComposeForm)[]).every((key) => form[key] === blank[key]) &&
    form.customerId === undefined
  );
}

/** The form's fields a stored customer fills (picked in the popup, or Restore admin privileges). */
export type CustomerFields = Pick<
  ComposeForm,
  | 'customerId'
  | 'customerName'
  | 'contactEmail'
  | 'contactName'
  | 'customerDomain'
  | 'customerCountry'
  | 'cloud'
>;

/** A stored customer as the compose form's fields: the one mapping from a customer to the form. */
export function formFieldsForCustomer(customer: Customer): CustomerFields {
  return {
    customerId: customer.id,
    customerName: customer.name,
    contactEmail: customer.contactEmail,
    contactName: customer.contactName,
    customerDomain: customer.domain,
    customerCountry: customer.country ?? '',
    cloud: cloudForNewInvitation(customer.cloud),
  };
}
