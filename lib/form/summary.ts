/**
 * The request options in one line, for the popup's collapsed "Request options"
 * button: "Public cloud · admin privileges · direct · new relationship ·
 * English". Labels come through `label` (lib/i18n's `t` in the popup), so
 * this stays pure and testable.
 */
import { effectiveAdminPrivileges } from '../invitation/admin-privileges';
import type { ComposeForm } from '../schema';
import { LANGUAGE_NAMES } from './language';

const keyPart = (value: string) => value.replace(/-/g, '_');

export function requestSummary(form: ComposeForm, label: (key: string) => string): string {
  const admin = effectiveAdminPrivileges(form.cloud, form.adminPrivileges);
  return [
    label(`popup_summary_cloud_${keyPart(form.cloud)}`),
    label(admin ? 'popup_summary_admin' : 'popup_summary_noAdmin'),
    label(`popup_summary_relationship_${form.relationshipType}`),
    label(`popup_summary_purpose_${keyPart(form.purpose)}`),
    LANGUAGE_NAMES[form.language],
    ...(form.gdapLink.trim() ? [label('popup_summary_gdap')] : []),
  ].join(' · ');
}
