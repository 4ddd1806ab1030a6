/** Saving one part of the settings: the rest is kept as loaded. */
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/schema';
import { saveSettings } from '../../lib/storage';
import { refreshBadge } from './load';
import type { AppState } from './state';

/** What a save answered: the sentence to show, and whether it worked (FormParts' SaveStatus). */
export type SaveOutcome = { ok: boolean; text: string };

export async function saveSettingsPart(
  state: AppState,
  change: Partial<Settings>,
  savedText: string,
): Promise<SaveOutcome> {
  const next = { ...state.settings.value, ...change };
  try {
    await saveSettings(next);
  } catch (e) {
    return {
      ok: false,
      text: t('options_settingsFailed', e instanceof Error ? e.message : String(e)),
    };
  }
  state.settings.value = next;
  if (change.reminderDays !== undefined) refreshBadge();
  return { ok: true, text: savedText };
}
