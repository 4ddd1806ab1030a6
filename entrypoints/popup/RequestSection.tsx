/**
 * The options of the request, as in Partner Center's "Request a reseller
 * relationship": cloud, delegated admin privileges (forced for US Government and
 * Germany), direct or indirect reseller, purpose, e-mail language, GDAP link.
 */

import { useEffect, useState } from 'preact/hooks';
import { cloudChoices, languageChoices } from '../../components/choices';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import type { GdapRequest } from '../../components/GdapRequest';
import { t } from '../../lib/i18n';
import { adminPrivilegesForced } from '../../lib/invitation/rules';
import { PURPOSES, type Purpose, type RelationshipType } from '../../lib/schema';
import { fieldId, setField } from './actions';
import { composeFieldProps } from './field-props';
import { useAppState } from './state';

const relationshipChoices = () =>
  (['direct', 'indirect'] as const).map((value: RelationshipType) => ({
    value,
    label: t(`popup_relationship_${value}`),
  }));

const purposeChoices = () =>
  PURPOSES.map((value: Purpose) => ({
    value,
    label: t(`popup_purpose_${value.replace(/-/g, '_')}`),
  }));

export function RequestSection() {
  const state = useAppState();
  const form = state.form.value;
  const forced = adminPrivilegesForced(form.cloud);
  const relationship = composeFieldProps(state, 'relationshipType');
  const partnerIdMissing = /^partner-id-/.test(
    state.shownErrors.value.relationshipType?.code ?? '',
  );
  return (
    <section aria-labelledby="request-heading">
      <h2 id="request-heading">{t('popup_requestHeading')}</h2>
      <SelectField
        {...composeFieldProps(state, 'cloud')}
        label={t('popup_cloud')}
        value={form.cloud}
        choices={cloudChoices()}
        onChange={(v) => setField(state, 'cloud', v)}
      />
      <CheckboxField
        id={fieldId('adminPrivileges')}
        label={t('popup_adminPrivileges')}
        checked={forced || form.adminPrivileges}
        disabled={forced}
        hint={forced ? t('popup_adminPrivilegesForced') : t('popup_adminPrivilegesHint')}
        onChange={(v) => setField(state, 'adminPrivileges', v)}
      />
      <SelectField
        {...relationship}
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
          input={{ autocomplete: 'off', spellcheck: false }}
        />
      ) : null}
      <SelectField
        id={fieldId('purpose')}
        label={t('popup_purpose')}
        value={form.purpose}
        choices={purposeChoices()}
        onChange={(v) => setField(state, 'purpose', v)}
      />
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
        input={{ autocomplete: 'off', spellcheck: false }}
      />
      {/* Signed in to Microsoft: create the request here; its approval link fills the field above. */}
      <LazyGdapRequest
        idPrefix="popup-gdap"
        customerName={form.customerName}
        {...(form.customerId ? { customerId: form.customerId } : {})}
        onCreated={(record) => setField(state, 'gdapLink', record.link)}
      />
    </section>
  );
}

/**
 * GDAP requests are for a partner signed in to Microsoft: the component (and its
 * sign-in check) is loaded after the first paint, keeping it out of the popup's
 * start-up JavaScript.
 */
function LazyGdapRequest(props: Parameters<typeof GdapRequest>[0]) {
  const [Component, setComponent] = useState<typeof GdapRequest>();
  useEffect(() => {
    void import('../../components/GdapRequest').then((m) => setComponent(() => m.GdapRequest));
  }, []);
  return Component ? <Component {...props} /> : null;
}
