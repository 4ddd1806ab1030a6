/** The reminder delay (days before an invitation counts as waiting too long) and the preferred webmail. */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { WEBMAILS, type Webmail } from '../../lib/schema';
import { outcomeClass, type SaveOutcome, saveSettingsPart } from './settings-save';
import { useAppState } from './state';

export function FollowUpSettings() {
  const state = useAppState();
  const [days, setDays] = useState(String(state.settings.value.reminderDays));
  const [webmail, setWebmail] = useState<Webmail>(state.settings.value.preferredWebmail);
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome>();
  return (
    <form
      noValidate
      aria-labelledby="followup-heading"
      onSubmit={(e) => {
        e.preventDefault();
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
      }}
    >
      <h3 id="followup-heading">{t('options_followUpHeading')}</h3>
      <div class="field">
        <label for="reminder-days">{t('options_reminderDays')}</label>
        <input
          id="reminder-days"
          type="number"
          min={1}
          max={365}
          inputMode="numeric"
          value={days}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'reminder-days-hint reminder-days-error' : 'reminder-days-hint'}
          onInput={(e) => {
            setDays(e.currentTarget.value);
            setOutcome(undefined);
          }}
        />
        <p id="reminder-days-hint" class="hint">
          {t('options_reminderDaysHint')}
        </p>
        {error ? (
          <p id="reminder-days-error" class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="preferred-webmail">{t('options_preferredWebmail')}</label>
        <select
          id="preferred-webmail"
          value={webmail}
          onChange={(e) => {
            setWebmail(e.currentTarget.value as Webmail);
            setOutcome(undefined);
          }}
        >
          {WEBMAILS.map((w) => (
            <option key={w} value={w}>
              {t(`options_channel_${w}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary">
        {t('options_saveSettings')}
      </button>
      <p role="status" class={outcomeClass(outcome)}>
        {outcome?.text ?? ''}
      </p>
    </form>
  );
}
