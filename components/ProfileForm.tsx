/**
 * The partner profile form: the popup asks for it on first use, the options page
 * shows it under settings. A Partner Center invitation link pasted into the
 * tenant ID field is read and fills the fields it carries. Nothing is saved
 * until every field checks out; the first wrong field gets the focus.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { ProfileField } from '../lib/form/profile-input';
import { t } from '../lib/i18n';
import type { PartnerProfile } from '../lib/schema';
import { cloudChoices, languageChoices } from './choices';
import { errorText } from './error-text';
import { SelectField, TextField } from './Field';
import {
  createProfileFormState,
  onTenantIdInput,
  type ProfileFormState,
  type SaveOptions,
  setField,
  submit,
  touch,
} from './profile-form-state';

export interface ProfileFormProps extends SaveOptions {
  /** The stored profile, when there is one; fields the form does not show are kept. */
  profile?: PartnerProfile;
  /** Prefix for element ids, so two forms on one page never clash. */
  idPrefix?: string;
  /** Shown above the fields, e.g. a first-use welcome. */
  intro?: ComponentChildren;
  /** Extra buttons beside Save profile (e.g. Cancel in the popup). */
  actions?: ComponentChildren;
  /** The heading's level where the form sits under another section (default 2). */
  headingLevel?: 2 | 3;
  /** A Partner Center link to read as if pasted into the tenant ID field (e.g. from its API). */
  pastedLink?: string;
}

function fieldProps(state: ProfileFormState, idOf: (f: string) => string, field: ProfileField) {
  const error = (
    state.errors.value as Partial<Record<ProfileField, Parameters<typeof errorText>[0]>>
  )[field];
  return {
    id: idOf(field),
    error: error ? errorText(error) : undefined,
    value: state.input.value[field],
    onBlur: () => touch(state, field),
  };
}

export function ProfileForm(props: ProfileFormProps) {
  const state = useMemo(() => createProfileFormState(props.profile), []);
  const prefix = props.idPrefix ?? 'profile';
  const idOf = (field: string) => `${prefix}-${field}`;
  const field = (f: ProfileField) => fieldProps(state, idOf, f);
  const input = state.input.value;
  const status = state.status.value;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  useEffect(() => {
    if (props.pastedLink) onTenantIdInput(state, props.pastedLink);
  }, [props.pastedLink]);

  return (
    <form
      class="profile-form"
      noValidate
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(state, props, idOf);
      }}
    >
      <Heading id={`${prefix}-heading`}>{t('profile_heading')}</Heading>
      {props.intro}
      <p class="hint required-note">{t('profile_required')}</p>
      <TextField
        {...field('tenantId')}
        required
        label={t('profile_tenantId')}
        hint={t('profile_tenantIdHint')}
        onInput={(v) => onTenantIdInput(state, v)}
        input={{ autocomplete: 'off', spellcheck: false }}
      />
      <p class="hint" role="status">
        {state.note}
      </p>
      <TextField
        {...field('partnerName')}
        required
        label={t('profile_partnerName')}
        hint={t('profile_partnerNameHint')}
        onInput={(v) => setField(state, 'partnerName', v)}
        input={{ autocomplete: 'organization' }}
      />
      <TextField
        {...field('senderName')}
        required
        label={t('profile_senderName')}
        hint={t('profile_senderNameHint')}
        onInput={(v) => setField(state, 'senderName', v)}
        input={{ autocomplete: 'name' }}
      />
      <TextField
        {...field('partnerId')}
        label={t('profile_partnerId')}
        hint={t('profile_partnerIdHint')}
        onInput={(v) => setField(state, 'partnerId', v)}
        input={{ inputMode: 'numeric', autocomplete: 'off' }}
      />
      <TextField
        {...field('country')}
        label={t('profile_country')}
        hint={t('profile_countryHint')}
        onInput={(v) => setField(state, 'country', v)}
        input={{ autocomplete: 'country', maxLength: 2, size: 4 }}
      />
      <SelectField
        id={idOf('defaultCloud')}
        label={t('profile_defaultCloud')}
        value={input.defaultCloud}
        choices={cloudChoices(input.defaultCloud)}
        onChange={(v) => setField(state, 'defaultCloud', v)}
      />
      <SelectField
        id={idOf('defaultLanguage')}
        label={t('profile_defaultLanguage')}
        value={input.defaultLanguage}
        choices={languageChoices()}
        onChange={(v) => setField(state, 'defaultLanguage', v)}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={state.saving.value}>
          {t('profile_save')}
        </button>
        {props.actions}
      </div>
      <p role="status" class={`status ${status ? (status.ok ? 'status-ok' : 'status-error') : ''}`}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
