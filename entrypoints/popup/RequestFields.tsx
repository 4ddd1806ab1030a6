/**
 * The options of the request, as in Partner Center's "Request a reseller
 * relationship": cloud, delegated admin privileges (forced for US Government and
 * Germany), direct or indirect reseller, purpose, e-mail language, GDAP link.
 * A reminder carries the open invitation's link, so the options that make the
 * link are shown as they were and cannot change. Lazily loaded (RequestSection).
 */
import { cloudChoices, languageChoices } from '../../components/choices';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { GdapRequest } from '../../components/GdapRequest';
import { ageInWords } from '../../lib/form/age';
import { t } from '../../lib/i18n';
import { adminPrivilegesForced } from '../../lib/invitation/admin-privileges';
import { DRAFT_PURPOSES, type DraftPurpose, type RelationshipType } from '../../lib/schema';
import { fieldId, setField } from './actions';
import { composeFieldProps } from './field-props';
import { useAppState } from './state';

const relationshipChoices = () =>
  (['direct', 'indirect'] as const).map((value: RelationshipType) => ({
    value,
    label: t(`popup_relationship_${value}`),
  }));

/** The purposes; a reminder only for a customer with an open invitation. */
const purposeChoices = (canRemind: boolean) =>
  DRAFT_PURPOSES.filter((p) => canRemind || p !== 'reminder').map((value: DraftPurpose) => ({
    value,
    label: t(`popup_purpose_${value.replace(/-/g, '_')}`),
  }));

export default function RequestFields() {
  const state = useAppState();
  const form = state.form.value;
  const forced = adminPrivilegesForced(form.cloud);
  const reminder = form.purpose === 'reminder';
  const relationship = composeFieldProps(state, 'relationshipType');
  const partnerIdMissing = /^partner-id-/.test(
    state.shownErrors.value.relationshipType?.code ?? '',
  );
  const sentAt = form.openInvitationSentAt;
  const fixed = reminder ? { disabled: true } : {};
  return (
    <>
      <SelectField
        id={fieldId('purpose')}
        label={t('popup_purpose')}
        value={form.purpose}
        choices={purposeChoices(form.openInvitationId !== undefined)}
        onChange={(v) => setField(state, 'purpose', v)}
        hint={
          reminder
            ? t(
                'popup_reminderHint',
                sentAt ? ageInWords(sentAt, Date.now(), state.uiLanguage) : '',
              )
            : undefined
        }
      />
      <SelectField
        {...composeFieldProps(state, 'cloud')}
        {...fixed}
        label={t('popup_cloud')}
        value={form.cloud}
        choices={cloudChoices(form.cloud)}
        onChange={(v) => setField(state, 'cloud', v)}
      />
      <CheckboxField
        id={fieldId('adminPrivileges')}
        label={t('popup_adminPrivileges')}
        checked={forced || form.adminPrivileges}
        disabled={forced || reminder}
        hint={forced ? t('popup_adminPrivilegesForced') : t('popup_adminPrivilegesHint')}
        onChange={(v) => setField(state, 'adminPrivileges', v)}
      />
      <SelectField
        {...relationship}
        {...fixed}
        label={t('popup_relationshipType')}
        value={form.relationshipType}
        choices={relationshipChoices()}
        onChange={(v) => setField(state, 'relationshipType', v)}
        errorAction={
          partnerIdMissing ? (
            <button type="button" class="link" onClick={() => (state.editingProfile.value = true)}>
              {t('popup_editProfile')}
            </button>
          ) : undefined
        }
      />
      {form.relationshipType === 'indirect' ? (
        <TextField
          {...composeFieldProps(state, 'providerTenantId')}
          label={t('popup_providerTenantId')}
          hint={t('popup_providerTenantIdHint')}
          value={form.providerTenantId}
          onInput={(v) => setField(state, 'providerTenantId', v)}
          input={{ autocomplete: 'off', spellcheck: false, ...fixed }}
        />
      ) : null}
      <SelectField
        id={fieldId('language')}
        label={t('popup_language')}
        value={form.language}
        choices={languageChoices()}
        onChange={(v) => setField(state, 'language', v)}
      />
      <TextField
        {...composeFieldProps(state, 'gdapLink')}
        label={t('popup_gdapLink')}
        hint={t('popup_gdapLinkHint')}
        value={form.gdapLink}
        onInput={(v) => setField(state, 'gdapLink', v)}
        input={{ autocomplete: 'off', spellcheck: false, ...fixed }}
      />
      {/* Signed in to Microsoft: create the request here; its approval link fills the field above. */}
      {reminder ? null : (
        <GdapRequest
          idPrefix="popup-gdap"
          customerName={form.customerName}
          {...(form.customerId ? { customerId: form.customerId } : {})}
          onCreated={(record) => setField(state, 'gdapLink', record.link)}
        />
      )}
    </>
  );
}
