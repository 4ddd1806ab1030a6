/**
 * Which template a draft uses: the partner's own from `Settings.templates` when
 * there is one for this language and purpose, else the built-in one.
 */
import type { DraftPurpose, EmailLanguage, Result, Settings, Template } from '../schema';
import { ok } from './result';
import { type TemplateErrorCode, validateTemplate } from './template-syntax';
import { SIGN_OFF_EN, TEMPLATES_EN } from './templates-en';
import { SIGN_OFF_NL, TEMPLATES_NL } from './templates-nl';

export const BUILT_IN_TEMPLATES: Record<EmailLanguage, Record<DraftPurpose, Template>> = {
  en: TEMPLATES_EN,
  nl: TEMPLATES_NL,
};

/** The sign-off each built-in template ends with, per language (sign-off.ts splits it off). */
export const SIGN_OFFS: Record<EmailLanguage, string> = { en: SIGN_OFF_EN, nl: SIGN_OFF_NL };

export type TemplateKey = `${EmailLanguage}/${DraftPurpose}`;

/** The key of `Settings.templates`, e.g. `nl/restore-admin`. */
export function templateKey(language: EmailLanguage, purpose: DraftPurpose): TemplateKey {
  return `${language}/${purpose}`;
}

export interface ChosenTemplate {
  template: Template;
  source: 'user' | 'built-in';
}

/**
 * A user template is checked before use; a broken one is reported, not silently
 * replaced, so the partner learns why their text did not appear.
 */
export function templateFor(
  language: EmailLanguage,
  purpose: DraftPurpose,
  userTemplates: Settings['templates'] = {},
): Result<ChosenTemplate, TemplateErrorCode> {
  const own = userTemplates[templateKey(language, purpose)];
  if (own) {
    const valid = validateTemplate(own);
    if (!valid.ok) return valid;
    return ok({ template: valid.value, source: 'user' });
  }
  return ok({ template: BUILT_IN_TEMPLATES[language][purpose], source: 'built-in' });
}
