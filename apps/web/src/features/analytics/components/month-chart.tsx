import { type Analytics, APPLICATION_STATUSES } from '@jobpilot/contracts';
import { BarChart } from '@mantine/charts';
import { STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';
import { ChartCard } from './chart-card';

const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 2026" for `2026-03`. */
export const formatMonth = (month: string) => monthLabel.format(new Date(`${month}-01T00:00:00Z`));

/** Applications per month, each bar split by the applications' current status. */
export function MonthChart({ perMonth }: { perMonth: Analytics['perMonth'] }) {
  const data = perMonth.map((m) => ({ month: formatMonth(m.month), ...m.byStatus }));
  // Only statuses that occur, in workflow order, so the legend names what the bars show.
  const present = APPLICATION_STATUSES.filter((status) => perMonth.some((m) => m.byStatus[status] > 0));
  const busiest = perMonth.reduce((best, m) => (m.total > (best?.total ?? -1) ? m : best), perMonth[0]);
  return (
    <ChartCard
      id="per-month-title"
      title="Applications per month"
      summary={
        busiest && busiest.total > 0
          ? `By applied date (else the day added). Busiest: ${formatMonth(busiest.month)} with ${busiest.total}.`
          : 'By applied date (else the day added).'
      }
    >
      <BarChart
        h={280}
        data={data}
        dataKey="month"
        type="stacked"
        withLegend
        legendProps={{ verticalAlign: 'bottom', itemSorter: null }}
        tickLine="y"
        yAxisProps={{ allowDecimals: false }}
        series={present.map((status) => ({
          name: status,
          label: STATUS_LABELS[status],
          color: `${STATUS_COLORS[status]}.6`,
        }))}
      />
    </ChartCard>
  );
}
