/** The choices of the selects both pages show, in the UI's language. */
import { t } from '../lib/i18n';
import { CLOUDS, type Cloud, type EmailLanguage } from '../lib/schema';
import type { Choice } from './Field';

export function cloudChoices(): Choice<Cloud>[] {
  return CLOUDS.map((cloud) => ({
    value: cloud,
    label: t(`common_cloud_${cloud.replace('-', '_')}`),
  }));
}

/** Each language by its own name, as language pickers do. */
export function languageChoices(): Choice<EmailLanguage>[] {
  return [
    { value: 'en', label: 'English' },
    { value: 'nl', label: 'Nederlands' },
  ];
}
