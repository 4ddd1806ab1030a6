/** The choices of the selects both pages show, in the UI's language. */

import { LANGUAGE_NAMES } from '../lib/form/language';
import { t } from '../lib/i18n';
import {
  CLOUDS_FOR_NEW_INVITATIONS,
  type Cloud,
  EMAIL_LANGUAGES,
  type EmailLanguage,
} from '../lib/schema/values';
import type { Choice } from './Field';

/**
 * The clouds a new invitation can be for; `current` is added when it is one of
 * the others (Microsoft Cloud Germany, closed in 2021, in an old draft), so a
 * select never shows a value it does not list.
 */
export function cloudChoices(current?: Cloud): Choice<Cloud>[] {
  const clouds: readonly Cloud[] = CLOUDS_FOR_NEW_INVITATIONS;
  const listed = current === undefined || clouds.includes(current) ? clouds : [...clouds, current];
  return listed.map((cloud) => ({
    value: cloud,
    label: t(`common_cloud_${cloud.replace('-', '_')}`),
  }));
}

/** Each language by its own name, as language pickers do. */
export function languageChoices(): Choice<EmailLanguage>[] {
  return EMAIL_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));
}
