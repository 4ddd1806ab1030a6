/**
 * Which language a new e-mail is in: the partner's profile says, else the
 * browser's UI language when there is a template for it, else English. The UI
 * language itself is read by the caller (lib/i18n), so this stays pure.
 */
import type { PartnerProfile } from '../schema';
import { EMAIL_LANGUAGES, type EmailLanguage } from '../schema/values';

/** Each e-mail language by its own name, as language pickers show them. */
export const LANGUAGE_NAMES: Readonly<Record<EmailLanguage, string>> = {
  en: 'English',
  nl: 'Nederlands',
};

/** `nl`, `nl-BE`, `NL_nl` → `nl`; a language without templates → `en`. */
export function emailLanguageFor(uiLanguage: string): EmailLanguage {
  const base = uiLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (EMAIL_LANGUAGES as readonly string[]).includes(base) ? (base as EmailLanguage) : 'en';
}

export function defaultEmailLanguage(
  profile: Pick<PartnerProfile, 'defaultLanguage'> | undefined,
  uiLanguage: string,
): EmailLanguage {
  return profile?.defaultLanguage ?? emailLanguageFor(uiLanguage);
}
