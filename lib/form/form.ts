/**
 * The popup's compose form as data: a fresh form from the partner's defaults, and
 * whether anything was typed yet. (No lib/invitation here: the popup paints the
 * form before it loads the invitation logic.)
 */
import { type ComposeForm, ComposeFormSchema, type Customer, type PartnerProfile } from '../schema';

/** A new form: the partner's default cloud and e-mail language, DAP checked as in Partner Center. */
export function newComposeForm(profile: PartnerProfile | undefined): ComposeForm {
  return ComposeFormSchema.parse({
    cloud: profile?.defaultCloud ?? 'public',
    language: profile?.defaultLanguage ?? 'en',
  });
}

/** True when the form is as a new one: nothing worth keeping as an unfinished draft. */
export function isBlankForm(form: ComposeForm, profile: PartnerProfile | undefined): boolean {
  const blank = newComposeForm(profile);
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
    cloud: customer.cloud,
  };
}
