/**
 * The e-mail templates per language and purpose. A template without `{link}` (or
 * with it only inside an optional block) is refused with the reason: the customer
 * cannot accept without the personalized link.
 */
import { useState } from 'preact/hooks';
import { languageChoices } from '../../components/choices';
import { SelectField } from '../../components/Field';
import { t } from '../../lib/i18n';
import { DRAFT_PLACEHOLDERS, validateTemplate } from '../../lib/invitation/template-syntax';
import { BUILT_IN_TEMPLATES, templateKey } from '../../lib/invitation/templates';
import { type EmailLanguage, PURPOSES, type Purpose, type Template } from '../../lib/schema';
import { FieldError, SettingsForm } from './Controls';
import { purposeLabel } from './format';
import { type SaveOutcome, saveSettingsPart } from './settings-save';
import { type AppState, useAppState } from './state';

function current(state: AppState, language: EmailLanguage, purpose: Purpose): Template {
  return (
    state.settings.value.templates[templateKey(language, purpose)] ??
    BUILT_IN_TEMPLATES[language][purpose]
  );
}

/** The reason in the UI's language where there is a key for the code, else the module's sentence. */
function problemText(code: string, message: string): string {
  const key = `options_err_${code.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key
    ? message
    : `${text} ${code === 'template-unknown-placeholder' ? message : ''}`.trim();
}

export function TemplatesEditor() {
  const state = useAppState();
  const [language, setLanguage] = useState<EmailLanguage>('en');
  const [purpose, setPurpose] = useState<Purpose>('new-relationship');
  const [draft, setDraft] = useState<Template>(() => current(state, 'en', 'new-relationship'));
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const custom = state.settings.value.templates[templateKey(language, purpose)] !== undefined;

  const pick = (l: EmailLanguage, p: Purpose) => {
    setLanguage(l);
    setPurpose(p);
    setDraft(current(state, l, p));
    setError('');
    setOutcome(undefined);
  };
  const save = () => {
    if (draft.subject.trim() === '' || draft.body.trim() === '') {
      setError(t('options_err_template_empty'));
      return;
    }
    const checked = validateTemplate(draft);
    if (!checked.ok) {
      setError(problemText(checked.error.code, checked.error.message));
      document.getElementById('template-body')?.focus();
      return;
    }
    setError('');
    const templates = {
      ...state.settings.value.templates,
      [templateKey(language, purpose)]: checked.value,
    };
    void saveSettingsPart(state, { templates }, t('options_templateSaved')).then(setOutcome);
  };
  const reset = () => {
    const { [templateKey(language, purpose)]: _removed, ...templates } =
      state.settings.value.templates;
    void saveSettingsPart(state, { templates }, t('options_templateReset')).then((o) => {
      setOutcome(o);
      if (o.ok) setDraft(BUILT_IN_TEMPLATES[language][purpose]);
    });
  };

  return (
    <SettingsForm
      headingId="templates-heading"
      heading={t('options_templatesHeading')}
      outcome={outcome}
      onSave={save}
    >
      <div class="row">
        <SelectField
          id="template-language"
          label={t('options_templateLanguage')}
          value={language}
          choices={languageChoices()}
          onChange={(l) => pick(l, purpose)}
        />
        <SelectField
          id="template-purpose"
          label={t('options_templatePurpose')}
          value={purpose}
          choices={PURPOSES.map((p) => ({ value: p, label: purposeLabel(p) }))}
          onChange={(p) => pick(language, p)}
        />
      </div>
      <p class="hint">{t(custom ? 'options_templateIsCustom' : 'options_templateIsBuiltIn')}</p>
      <div class="field">
        <label for="template-subject">{t('options_templateSubject')}</label>
        <input
          id="template-subject"
          type="text"
          maxLength={300}
          value={draft.subject}
          onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="template-body">{t('options_templateBody')}</label>
        <textarea
          id="template-body"
          rows={14}
          maxLength={20000}
          value={draft.body}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'template-hint template-error' : 'template-hint'}
          onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
        />
        <p id="template-hint" class="hint">
          {t('options_templateHint', DRAFT_PLACEHOLDERS.map((p) => `{${p}}`).join(' '))}
        </p>
        <FieldError id="template-error" error={error} />
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {t('options_saveTemplate')}
        </button>
        <button type="button" disabled={!custom} onClick={reset}>
          {t('options_resetTemplate')}
        </button>
      </div>
    </SettingsForm>
  );
}
