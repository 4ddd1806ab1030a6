/** The reminder delay (days before an invitation counts as waiting too long) and the preferred webmail. */
import { useState } from 'preact/hooks';
import { SelectField } from '../../components/Field';
import { t } from '../../lib/i18n';
import { WEBMAILS, type Webmail } from '../../lib/schema';
import { NumberField, SettingsForm } from './Controls';
import { type SaveOutcome, saveSettingsPart } from './settings-save';
import { useAppState } from './state';

export function FollowUpSettings() {
  const state = useAppState();
  const [days, setDays] = useState(String(state.settings.value.reminderDays));
  const [webmail, setWebmail] = useState<Webmail>(state.settings.value.preferredWebmail);
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const save = () => {
    const n = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || n < 1 || n > 365) {
      setError(t('options_reminderDaysInvalid'));
      document.getElementById('reminder-days')?.focus();
      return;
    }
    setError('');
    void saveSettingsPart(
      state,
      { reminderDays: n, preferredWebmail: webmail },
      t('options_settingsSaved'),
    ).then(setOutcome);
  };
  return (
    <SettingsForm
      headingId="followup-heading"
      heading={t('options_followUpHeading')}
      outcome={outcome}
      onSave={save}
    >
      <NumberField
        id="reminder-days"
        label={t('options_reminderDays')}
        min={1}
        max={365}
        value={days}
        hint={t('options_reminderDaysHint')}
        error={error}
        onInput={(text) => {
          setDays(text);
          setOutcome(undefined);
        }}
      />
      <SelectField
        id="preferred-webmail"
        label={t('options_preferredWebmail')}
        value={webmail}
        choices={WEBMAILS.map((w) => ({ value: w, label: t(`options_channel_${w}`) }))}
        onChange={(w) => {
          setWebmail(w);
          setOutcome(undefined);
        }}
      />
      <button type="submit" class="primary">
        {t('options_saveSettings')}
      </button>
    </SettingsForm>
  );
}
