/**
 * The pipeline at a glance (docs/ARCHITECTURE.md, "The UI contract": a region
 * named `Overview`): per status a button with its count (`Sent 12`) that filters
 * the list, the same for "waiting longer than N days", "needs follow-up" and
 * "GDAP request expiring"; the acceptance rate, the median days to accept, and
 * the invitations per month by outcome. The counts come from the database's
 * indexes (overview.ts), so they show before the whole list is loaded; the chart
 * and the median from the summaries in memory once it is (state.ts `pipeline`).
 */
import { t } from '../../lib/i18n';
import type { Overview as OverviewFigures, Pipeline } from '../../lib/reminders/overview';
import { INVITATION_STATUSES, type InvitationStatus } from '../../lib/schema';
import { formatPercent, label, statusLabel } from './format';
import { OverviewChart } from './OverviewChart';
import { isActive, type OverviewFilter, toggleFilter } from './overview';
import { useAppState } from './state';
import './overview.css';

/** A count per status, in the schema's order, after the customers without an invitation. */
const STATUSES: readonly (InvitationStatus | 'none')[] = ['none', ...INVITATION_STATUSES];

function CountButton({
  filter,
  name,
  count,
  tone,
}: {
  filter: OverviewFilter;
  name: string;
  count: number;
  tone?: string;
}) {
  const state = useAppState();
  return (
    <button
      type="button"
      class={`count ${tone ?? ''}`}
      aria-pressed={isActive(state, filter) ? 'true' : 'false'}
      onClick={() => toggleFilter(state, filter)}
    >
      <span class="count-name">{name}</span> <span class="count-value">{count}</span>
    </button>
  );
}

function Figures({
  figures,
  pipeline,
  days,
}: {
  figures: OverviewFigures;
  pipeline: Pipeline | undefined;
  days: number;
}) {
  return (
    <>
      <fieldset class="counts">
        <legend class="visually-hidden">{t('options_overviewByStatus')}</legend>
        {STATUSES.map((s) => (
          <CountButton
            key={s}
            filter={{ kind: 'status', status: s }}
            name={s === 'none' ? label('options_noInvitation') : statusLabel(s)}
            count={s === 'none' ? figures.none : figures.byStatus[s]}
            tone={`tone-${s}`}
          />
        ))}
      </fieldset>
      <fieldset class="counts">
        <legend class="visually-hidden">{t('options_overviewAttention')}</legend>
        <CountButton
          filter={{ kind: 'waiting' }}
          name={t('options_overviewWaiting', String(days))}
          count={figures.waitingLonger}
        />
        <CountButton
          filter={{ kind: 'follow-up' }}
          name={t('options_overviewFollowUp')}
          count={figures.followUp}
          tone="tone-attention"
        />
        <CountButton
          filter={{ kind: 'gdap' }}
          name={t('options_overviewGdap')}
          count={figures.gdapExpiring}
          tone="tone-attention"
        />
      </fieldset>
      <dl class="rates">
        <dt>{t('options_acceptanceRate')}</dt>
        <dd>
          {figures.acceptanceRate === undefined
            ? t('options_noAnswersYet')
            : t(
                'options_acceptanceRateOf',
                formatPercent(figures.acceptanceRate),
                String(figures.answered),
              )}
        </dd>
        <dt>{t('options_medianDays')}</dt>
        <dd>
          {pipeline === undefined
            ? t('common_loading')
            : pipeline.medianDaysToAccept === undefined
              ? t('options_noAcceptancesYet')
              : t(
                  'options_medianDaysOf',
                  String(Math.round(pipeline.medianDaysToAccept)),
                  String(pipeline.acceptedSample),
                )}
        </dd>
      </dl>
    </>
  );
}

export function Overview() {
  const state = useAppState();
  const figures = state.overview.value;
  const pipeline = state.pipeline.value;
  const error = state.overviewError.value;
  return (
    <section class="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('options_overview')}</h2>
      {error ? (
        <p role="alert" class="status status-error">
          {t('options_overviewFailed', error)}
        </p>
      ) : null}
      {figures ? (
        <div class="overview-body">
          <div class="overview-figures">
            <Figures
              figures={figures}
              pipeline={pipeline}
              days={state.settings.value.reminderDays}
            />
          </div>
          {pipeline ? <OverviewChart months={pipeline.months} /> : null}
        </div>
      ) : (
        <p class="hint">{t('common_loading')}</p>
      )}
    </section>
  );
}
