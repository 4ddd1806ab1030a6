/**
 * Search and filters above the list. Typing in `Search customers` sets a signal
 * synchronously; the list filters the rows already in memory (no database read).
 */
import { t } from '../../lib/i18n';
import { type CloudFilter, isFiltered, type StatusFilter } from '../../lib/list';
import { CLOUDS, INVITATION_STATUSES } from '../../lib/schema';
import { cloudLabel, statusLabel } from './format';
import { useAppState } from './state';

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
      <div class="field">
        <label for="filter-status">{t('options_filterStatus')}</label>
        <select
          id="filter-status"
          value={state.status.value}
          onChange={(e) => {
            state.status.value = e.currentTarget.value as StatusFilter;
          }}
        >
          <option value="all">{t('options_filterAllStatuses')}</option>
          <option value="none">{t('options_noInvitation')}</option>
          {INVITATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-cloud">{t('options_filterCloud')}</label>
        <select
          id="filter-cloud"
          value={state.cloud.value}
          onChange={(e) => {
            state.cloud.value = e.currentTarget.value as CloudFilter;
          }}
        >
          <option value="all">{t('options_filterAllClouds')}</option>
          {CLOUDS.map((c) => (
            <option key={c} value={c}>
              {cloudLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div class="field narrow">
        <label for="filter-waiting">{t('options_filterWaiting')}</label>
        <input
          id="filter-waiting"
          type="number"
          min={0}
          max={3650}
          inputMode="numeric"
          value={waiting === undefined ? '' : String(waiting)}
          onInput={(e) => {
            const text = e.currentTarget.value.trim();
            const n = Number(text);
            state.waitingDays.value =
              text === '' || !Number.isInteger(n) || n < 0 ? undefined : Math.min(n, 3650);
          }}
        />
      </div>
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
      <button
        type="button"
        disabled={!isFiltered(state.filter.value)}
        onClick={() => {
          state.query.value = '';
          state.status.value = 'all';
          state.cloud.value = 'all';
          state.waitingDays.value = undefined;
          state.followUp.value = false;
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
  const total = state.total.value;
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
