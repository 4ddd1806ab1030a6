/**
 * The GDAP request form: a unique name (shown to the customer, at most 50
 * characters), a duration from 1 day to 2 years, the roles (docs/DOMAIN.md's
 * default set, editable; Global Administrator warned about and never
 * auto-extended), auto-extend. Loaded by GdapRequest.tsx when its disclosure opens.
 */
import { useMemo } from 'preact/hooks';
import { t } from '../lib/i18n';
import { GDAP_ROLE_CHOICES, GLOBAL_ADMINISTRATOR } from '../lib/microsoft/gdap-roles';
import { CheckboxField, TextField } from './Field';
import {
  createGdapFormState,
  type GdapRequestProps,
  submitGdap,
  toggleRole,
} from './gdap-request-state';

export default function GdapRequestForm(props: GdapRequestProps) {
  const state = useMemo(() => createGdapFormState(props.customerName), []);
  const id = (f: string) => `${props.idPrefix}-${f}`;
  const roles = state.roles.value;
  const admin = roles.has(GLOBAL_ADMINISTRATOR.id);
  const created = state.created.value;
  return (
    <form
      class="gdap-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submitGdap(state, props, props.onCreated);
      }}
    >
      <TextField
        id={id('name')}
        label={t('gdap_name')}
        hint={t('gdap_nameHint')}
        value={state.name.value}
        onInput={(v) => (state.name.value = v)}
        input={{ maxLength: 50, autocomplete: 'off' }}
      />
      <div class="field">
        <label for={id('days')}>{t('gdap_days')}</label>
        <input
          id={id('days')}
          type="number"
          min={1}
          max={730}
          value={state.days.value}
          aria-describedby={id('days-hint')}
          onInput={(e) => (state.days.value = e.currentTarget.value)}
        />
        <p id={id('days-hint')} class="hint">
          {t('gdap_daysHint')}
        </p>
      </div>
      <fieldset>
        <legend>{t('gdap_roles')}</legend>
        {GDAP_ROLE_CHOICES.map((role) => (
          <CheckboxField
            key={role.id}
            id={id(`role-${role.id}`)}
            label={role.name}
            checked={roles.has(role.id)}
            onChange={(on) => toggleRole(state, role.id, on)}
          />
        ))}
        {admin ? (
          <p class="field-error" role="alert">
            {t('gdap_globalAdminWarning')}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField
        id={id('auto-extend')}
        label={t('gdap_autoExtend')}
        checked={state.autoExtend.value && !admin}
        disabled={admin}
        hint={admin ? t('gdap_autoExtendNoAdmin') : t('gdap_autoExtendHint')}
        onChange={(on) => (state.autoExtend.value = on)}
      />
      <button type="submit" class="primary" disabled={state.busy.value}>
        {t('gdap_create')}
      </button>
      {state.error.value ? (
        <p role="alert" class="status status-error">
          {state.error.value}
        </p>
      ) : null}
      <p role="status" class={`status ${created ? 'status-ok' : ''}`}>
        {created ? t('gdap_created', created.link) : ''}
      </p>
    </form>
  );
}
