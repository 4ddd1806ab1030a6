/**
 * The e-mail templates per language and purpose. A template without `{link}` (or
 * with it only inside an optional block) is refused with the reason: the customer
 * cannot accept without the personalized link.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { DRAFT_PLACEHOLDERS, validateTemplate } from '../../lib/invitation/template-syntax';
import { BUILT_IN_TEMPLATES, templateKey } from '../../lib/invitation/templates';
import {
  EMAIL_LANGUAGES,
  type EmailLanguage,
  PURPOSES,
  type Purpose,
  type Template,
} from '../../lib/schema';
import { purposeLabel } from './format';
import { outcomeClass, type SaveOutcome, saveSettingsPart } from './settings-save';
import { type AppState, useAppState } from './state';

const LANGUAGE_NAMES: Record<EmailLanguage, string> = { en: 'English', nl: 'Nederlands' };

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
    <form
      noValidate
      aria-labelledby="templates-heading"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3 id="templates-heading">{t('options_templatesHeading')}</h3>
      <div class="row">
        <div class="field">
          <label for="template-language">{t('options_templateLanguage')}</label>
          <select
            id="template-language"
            value={language}
            onChange={(e) => pick(e.currentTarget.value as EmailLanguage, purpose)}
          >
            {EMAIL_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="template-purpose">{t('options_templatePurpose')}</label>
          <select
            id="template-purpose"
            value={purpose}
            onChange={(e) => pick(language, e.currentTarget.value as Purpose)}
          >
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {purposeLabel(p)}
              </option>
            ))}
          </select>
        </div>
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
        {error ? (
          <p id="template-error" class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {t('options_saveTemplate')}
        </button>
        <button type="button" disabled={!custom} onClick={reset}>
          {t('options_resetTemplate')}
        </button>
      </div>
      <p role="status" class={outcomeClass(outcome)}>
        {outcome?.text ?? ''}
      </p>
    </form>
  );
}
