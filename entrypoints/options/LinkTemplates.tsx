/**
 * The link template per cloud (docs/DOMAIN.md: national-cloud hosts are UNCONFIRMED, so
 * the partner can paste the format Partner Center gives). Empty = the built-in link.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  LINK_TEMPLATE_PLACEHOLDERS,
  validateLinkTemplate,
} from '../../lib/invitation/link-template';
import { CLOUDS, type Cloud } from '../../lib/schema';
import { FieldError, SettingsForm } from './Controls';
import { cloudLabel } from './format';
import { type SaveOutcome, saveSettingsPart } from './settings-save';
import { useAppState } from './state';

export function LinkTemplates() {
  const state = useAppState();
  const [values, setValues] = useState<Record<Cloud, string>>(
    () =>
      Object.fromEntries(
        CLOUDS.map((c) => [c, state.settings.value.linkTemplates[c] ?? '']),
      ) as Record<Cloud, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<Cloud, string>>>({});
  const [outcome, setOutcome] = useState<SaveOutcome>();

  const save = () => {
    const found: Partial<Record<Cloud, string>> = {};
    const templates: Partial<Record<Cloud, string>> = {};
    for (const cloud of CLOUDS) {
      const text = values[cloud].trim();
      if (text === '') continue;
      const checked = validateLinkTemplate(text);
      if (checked.ok) templates[cloud] = checked.value;
      else found[cloud] = checked.error.message;
    }
    setErrors(found);
    const first = CLOUDS.find((c) => found[c]);
    if (first) {
      document.getElementById(`link-template-${first}`)?.focus();
      setOutcome(undefined);
      return;
    }
    void saveSettingsPart(state, { linkTemplates: templates }, t('options_settingsSaved')).then(
      setOutcome,
    );
  };

  return (
    <SettingsForm
      headingId="link-templates-heading"
      heading={t('options_linkTemplatesHeading')}
      outcome={outcome}
      onSave={save}
    >
      <p class="hint">
        {t('options_linkTemplatesHint', LINK_TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(' '))}
      </p>
      {CLOUDS.map((cloud) => {
        const id = `link-template-${cloud}`;
        const error = errors[cloud];
        return (
          <div class="field" key={cloud}>
            <label for={id}>{t('options_linkTemplateFor', cloudLabel(cloud))}</label>
            <input
              id={id}
              type="text"
              spellcheck={false}
              placeholder={t('options_linkTemplateDefault')}
              value={values[cloud]}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => {
                setValues({ ...values, [cloud]: e.currentTarget.value });
                setOutcome(undefined);
              }}
            />
            <FieldError id={`${id}-error`} error={error} />
          </div>
        );
      })}
      <button type="submit" class="primary">
        {t('options_saveLinkTemplates')}
      </button>
    </SettingsForm>
  );
}
