import {
  ANALYTICS_LOCATION_TOP,
  type Analytics,
  type AnalyticsQuery,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  checkAnalyticsRange,
  defaultAnalyticsRange,
  ErrorCode,
  type LocationKind,
  locationBucket,
  TITLE_FAMILIES,
  type TitleFamily,
  titleFamily,
} from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import { AppError } from '#platform/errors.ts';
import type { AnalyticsRepository, DateRange } from './analytics.repository.ts';
import { ratio } from './dashboard.service.ts';

const zeroCounts = () =>
  Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;

/** Every month `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  let year = Number(range.from.slice(0, 4));
  let month = Number(range.from.slice(5, 7));
  const last = range.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/** Families by count, largest first (ties in `TITLE_FAMILIES` order); families with no application are left out. */
export function familyCounts(titles: { title: string; count: number }[]): Analytics['byFamily'] {
  const totals = new Map<TitleFamily, number>();
  for (const { title, count } of titles) {
    const family = titleFamily(title);
    totals.set(family, (totals.get(family) ?? 0) + count);
  }
  return TITLE_FAMILIES.filter((f) => totals.has(f))
    .map((family) => ({ family, count: totals.get(family) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/**
 * Places by count, the top `ANALYTICS_LOCATION_TOP` kept and the rest summed under "Other places". Spellings
 * of one place ("NYC", "nyc") share a bucket, shown under its most common label (ties: the first in code-unit
 * order, so "NYC" before "Nyc"), whatever order the rows come in.
 */
export function locationCounts(locations: { location: string | null; count: number }[]): Analytics['byLocation'] {
  const buckets = new Map<string, { count: number; kind: LocationKind; labels: Map<string, number> }>();
  for (const { location, count } of locations) {
    const { key, label, kind } = locationBucket(location);
    const bucket = buckets.get(key) ?? { count: 0, kind, labels: new Map<string, number>() };
    bucket.count += count;
    bucket.labels.set(label, (bucket.labels.get(label) ?? 0) + count);
    buckets.set(key, bucket);
  }
  const named = [...buckets.values()].map(({ count, kind, labels }) => {
    const [location] = [...labels].reduce((best, next) =>
      next[1] > best[1] || (next[1] === best[1] && next[0] < best[0]) ? next : best,
    );
    return { location, count, kind };
  });
  const sorted = named.sort((a, b) => b.count - a.count || a.location.localeCompare(b.location));
  const top = sorted.slice(0, ANALYTICS_LOCATION_TOP);
  const rest = sorted.slice(ANALYTICS_LOCATION_TOP).reduce((sum, b) => sum + b.count, 0);
  return rest > 0 ? [...top, { location: 'Other places', count: rest, kind: 'other' }] : top;
}

/** Analytics over a date range: per month, per status, per title family, per place, and the funnel. */
export function createAnalyticsService(deps: { repository: AnalyticsRepository; now?: () => Date }) {
  const { repository } = deps;
  const clock = deps.now ?? (() => new Date());

  function resolveRange(query: AnalyticsQuery): DateRange {
    const today = clock().toISOString().slice(0, 10);
    const fallback = defaultAnalyticsRange(query.to ?? today);
    const range = { from: query.from ?? fallback.from, to: query.to ?? today };
    const problem = checkAnalyticsRange(range.from, range.to);
    if (problem) throw new AppError(ErrorCode.ValidationFailed, problem.message, { field: problem.field });
    return range;
  }

  return {
    resolveRange,

    async applications({ userId }: Actor, query: AnalyticsQuery): Promise<Analytics> {
      const range = resolveRange(query);
      const [{ cells, titles, locations }, funnel] = await Promise.all([
        repository.distributions(userId, range),
        repository.funnel(userId, range),
      ]);

      const months = new Map(monthsOf(range).map((month) => [month, { month, total: 0, byStatus: zeroCounts() }]));
      const byStatus = zeroCounts();
      for (const { month, status, count } of cells) {
        const bucket = months.get(month);
        if (bucket) {
          bucket.total += count;
          bucket.byStatus[status] += count;
        }
        byStatus[status] += count;
      }

      return {
        range,
        total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
        perMonth: [...months.values()],
        byStatus: APPLICATION_STATUSES.map((status) => ({ status, count: byStatus[status] })),
        byFamily: familyCounts(titles),
        byLocation: locationCounts(locations),
        funnel: {
          ...funnel,
          appliedToInterview: ratio(funnel.interview, funnel.applied),
          interviewToOffer: ratio(funnel.offer, funnel.interview),
          appliedToOffer: ratio(funnel.offer, funnel.applied),
        },
      };
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
