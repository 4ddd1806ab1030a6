/** The invitation link the compose form's fields make, with the partner's profile and settings. */
import {
  buildInvitationLink,
  defaultVariantFor,
  effectiveAdminPrivileges,
  parseGdapLink,
} from '../invitation';
import type { ComposeForm, PartnerProfile, Result, Settings } from '../schema';

/**
 * The personalized link for these fields: the current Partner Center format for
 * the relationship type, or the partner's own template for the cloud (settings).
 */
export function invitationLinkFor(
  form: ComposeForm,
  profile: PartnerProfile,
  settings: Pick<Settings, 'linkTemplates'>,
): Result<string> {
  return buildInvitationLink({
    variant: defaultVariantFor(form.relationshipType),
    tenantId: profile.tenantId,
    adminPrivileges: effectiveAdminPrivileges(form.cloud, form.adminPrivileges),
    ...(profile.partnerId ? { partnerId: profile.partnerId } : {}),
    providerTenantId: form.providerTenantId,
    ...(settings.linkTemplates[form.cloud] ? { template: settings.linkTemplates[form.cloud] } : {}),
  });
}

/**
 * The GDAP link as it is sent and recorded: the parsed URL's serialisation, not
 * the pasted text ('' when none; as typed when it does not parse, which
 * validateCompose reports).
 */
export function gdapLinkOf(form: Pick<ComposeForm, 'gdapLink'>): string {
  const text = form.gdapLink.trim();
  if (text === '') return '';
  const parsed = parseGdapLink(text);
  return parsed.ok ? parsed.value.url : text;
}
