/**
 * The overview's chart: the latest invitation of each customer per month sent,
 * stacked by what became of it, as a small hand-drawn SVG. The SVG is one image
 * with a summary for assistive technology; the same figures are a table under
 * `Show as table` for anyone who wants the numbers.
 */
import { t, uiLanguage } from '../../lib/i18n';
import { type MonthCounts, OUTCOMES, type Outcome } from '../../lib/reminders/overview';

const WIDTH = 360;
const HEIGHT = 96;
const AXIS = 16;
const GAP = 6;

/** Each outcome's colour; every one has ≥ 3:1 contrast on white (non-text contrast). */
export const OUTCOME_COLOURS: Record<Outcome, string> = {
  waiting: '#0b57d0',
  accepted: '#146c2e',
  declined: '#b3261e',
  expired: '#8a5300',
  cancelled: '#5f5f6b',
};

function monthLabel(start: number, style: 'short' | 'long'): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    month: style,
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(start);
}

const outcomeLabel = (o: Outcome) => t(`options_outcome_${o}`);
const total = (m: MonthCounts) => OUTCOMES.reduce((sum, o) => sum + m[o], 0);

export function OverviewChart({ months }: { months: MonthCounts[] }) {
  const most = Math.max(1, ...months.map(total));
  const barWidth = (WIDTH - GAP * (months.length - 1)) / months.length;
  const plot = HEIGHT - AXIS;
  const sum = months.reduce((s, m) => s + total(m), 0);
  return (
    <figure class="chart">
      <figcaption id="chart-caption">{t('options_chartCaption')}</figcaption>
      <svg
        role="img"
        aria-labelledby="chart-caption"
        aria-describedby="chart-summary"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
      >
        <title>{t('options_chartCaption')}</title>
        {months.map((m, i) => {
          const x = i * (barWidth + GAP);
          let y = plot;
          return (
            <g key={m.start}>
              {OUTCOMES.map((o) => {
                const h = (m[o] / most) * (plot - 4);
                y -= h;
                return m[o] > 0 ? (
                  <rect key={o} x={x} y={y} width={barWidth} height={h} fill={OUTCOME_COLOURS[o]}>
                    <title>{`${monthLabel(m.start, 'long')}: ${outcomeLabel(o)} ${m[o]}`}</title>
                  </rect>
                ) : null;
              })}
              <text x={x + barWidth / 2} y={HEIGHT - 3} text-anchor="middle" class="chart-axis">
                {monthLabel(m.start, 'short').slice(0, 3)}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={WIDTH} y1={plot + 0.5} y2={plot + 0.5} class="chart-base" />
      </svg>
      <p id="chart-summary" class="visually-hidden">
        {t('options_chartSummary', String(sum), String(months.length))}
      </p>
      <ul class="legend" aria-hidden="true">
        {OUTCOMES.map((o) => (
          <li key={o}>
            <span class="swatch" style={{ background: OUTCOME_COLOURS[o] }} />
            {outcomeLabel(o)}
          </li>
        ))}
      </ul>
      <details class="chart-table">
        <summary>{t('options_chartAsTable')}</summary>
        <table>
          <caption class="visually-hidden">{t('options_chartCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_chartMonth')}</th>
              {OUTCOMES.map((o) => (
                <th key={o} scope="col">
                  {outcomeLabel(o)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.start}>
                <th scope="row">{monthLabel(m.start, 'long')}</th>
                {OUTCOMES.map((o) => (
                  <td key={o}>{m[o]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
