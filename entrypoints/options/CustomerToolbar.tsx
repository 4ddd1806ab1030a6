/**
 * Search and filters above the list. Typing in `Search customers` sets a signal
 * synchronously; the list filters the rows already in memory (no database read).
 */
import { type Choice, SelectField } from '../../components/Field';
import { t } from '../../lib/i18n';
import { type CloudFilter, isFiltered, type StatusFilter } from '../../lib/list';
import { CLOUDS, INVITATION_STATUSES } from '../../lib/schema';
import { NumberField } from './Controls';
import { cloudLabel, statusLabel } from './format';
import { useAppState } from './state';

function statusFilterChoices(): Choice<StatusFilter>[] {
  return [
    { value: 'all', label: t('options_filterAllStatuses') },
    { value: 'none', label: t('options_noInvitation') },
    ...INVITATION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
  ];
}

function cloudFilterChoices(): Choice<CloudFilter>[] {
  return [
    { value: 'all', label: t('options_filterAllClouds') },
    ...CLOUDS.map((c) => ({ value: c, label: cloudLabel(c) })),
  ];
}

export function CustomerToolbar() {
  const state = useAppState();
  const waiting = state.waitingDays.value;
  return (
    <search class="toolbar">
      <div class="field search">
        <label for="search">{t('options_search')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={state.query.value}
          onInput={(e) => {
            state.query.value = e.currentTarget.value;
          }}
        />
      </div>
      <SelectField
        id="filter-status"
        label={t('options_filterStatus')}
        value={state.status.value}
        choices={statusFilterChoices()}
        onChange={(status) => {
          state.status.value = status;
        }}
      />
      <SelectField
        id="filter-cloud"
        label={t('options_filterCloud')}
        value={state.cloud.value}
        choices={cloudFilterChoices()}
        onChange={(cloud) => {
          state.cloud.value = cloud;
        }}
      />
      <NumberField
        id="filter-waiting"
        class="narrow"
        label={t('options_filterWaiting')}
        min={0}
        max={3650}
        value={waiting === undefined ? '' : String(waiting)}
        onInput={(typed) => {
          const text = typed.trim();
          const n = Number(text);
          state.waitingDays.value =
            text === '' || !Number.isInteger(n) || n < 0 ? undefined : Math.min(n, 3650);
        }}
      />
      <div class="field field-checkbox">
        <input
          id="filter-followup"
          type="checkbox"
          checked={state.followUp.value}
          onChange={(e) => {
            state.followUp.value = e.currentTarget.checked;
          }}
        />
        <label for="filter-followup">{t('options_filterFollowUp')}</label>
      </div>
      <div class="field field-checkbox">
        <input
          id="filter-gdap"
          type="checkbox"
          checked={state.gdap.value}
          onChange={(e) => {
            state.gdap.value = e.currentTarget.checked;
          }}
        />
        <label for="filter-gdap">{t('options_filterGdap')}</label>
      </div>
      <button
        type="button"
        disabled={!isFiltered(state.filter.value)}
        onClick={() => {
          state.query.value = '';
          state.status.value = 'all';
          state.cloud.value = 'all';
          state.waitingDays.value = undefined;
          state.followUp.value = false;
          state.gdap.value = false;
        }}
      >
        {t('options_clearFilters')}
      </button>
    </search>
  );
}

/** "12 of 340 customers", announced politely as the list changes. */
export function ListSummary() {
  const state = useAppState();
  const shown = state.shown.value.length;
  const total = state.customerCount.value;
  const phase = state.phase.value;
  let text: string;
  if (phase === 'loading') text = t('common_loading');
  else if (phase === 'first-page') text = t('options_loadingAll', String(total));
  else text = t('options_summary', String(shown), String(total));
  return (
    <p class="summary" role="status">
      {text}
      {state.followUp.value
        ? ` ${t('options_followUpExplained', String(state.settings.value.reminderDays))}`
        : ''}
    </p>
  );
}
