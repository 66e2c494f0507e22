import { describe, expect, it } from 'vitest';
import { userActor } from '#platform/access.ts';
import type { AnalyticsRepository, DateRange, FunnelRow } from './analytics.repository.ts';
import { createAnalyticsService, familyCounts, locationCounts, monthsOf } from './analytics.service.ts';

const emptyFunnel: FunnelRow = {
  applied: 0,
  interview: 0,
  offer: 0,
  medianDaysAppliedToInterview: null,
  medianDaysInterviewToOffer: null,
  appliedToInterviewSamples: 0,
  interviewToOfferSamples: 0,
};

function fakeRepository(overrides: Partial<AnalyticsRepository> = {}) {
  const ranges: DateRange[] = [];
  const repository: AnalyticsRepository = {
    distributions: async (_u, range) => {
      ranges.push(range);
      return { cells: [], titles: [], locations: [] };
    },
    funnel: async () => emptyFunnel,
    ...overrides,
  };
  return { repository, ranges };
}

const at = (iso: string) => () => new Date(iso);

describe('monthsOf', () => {
  it('lists every month touched by the range, across years', () => {
    expect(monthsOf({ from: '2025-11-30', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2025-03-05', to: '2025-03-06' })).toEqual(['2025-03']);
  });
});

describe('familyCounts', () => {
  it('folds titles into families, largest first, ties in rule order', () => {
    expect(
      familyCounts([
        { title: 'frontend engineer', count: 2 },
        { title: 'react developer', count: 3 },
        { title: 'engineering manager', count: 1 },
        { title: 'product manager', count: 1 },
        { title: 'backend engineer', count: 5 },
      ]),
    ).toEqual([
      { family: 'Frontend', count: 5 },
      { family: 'Backend', count: 5 },
      { family: 'Product', count: 1 },
      { family: 'Other', count: 1 },
    ]);
  });
});

describe('locationCounts', () => {
  it('merges spellings of a place, counts remote work as Remote and keeps the top 8 plus Other places', () => {
    const places = ['Paris', 'Rome', 'Madrid', 'Lisbon', 'Vienna', 'Prague', 'Oslo', 'Dublin', 'Athens'];
    const result = locationCounts([
      { location: 'berlin, germany', count: 4 },
      { location: 'berlin', count: 3 },
      { location: 'remote (eu)', count: 2 },
      { location: 'fully remote', count: 2 },
      { location: null, count: 1 },
      ...places.map((location) => ({ location: location.toLowerCase(), count: 1 })),
    ]);
    expect(result.slice(0, 2)).toEqual([
      { location: 'Berlin', count: 7, kind: 'place' },
      { location: 'Remote', count: 4, kind: 'remote' },
    ]);
    expect(result).toHaveLength(9);
    expect(result.at(-1)).toEqual({ location: 'Other places', count: 4, kind: 'other' });
    expect(result.reduce((sum, r) => sum + r.count, 0)).toBe(7 + 4 + 1 + places.length);
  });

  it('shows a place under its most common spelling, whatever order the rows come in', () => {
    const rows = [
      { location: 'nyc', count: 1 },
      { location: 'NYC', count: 1 },
      { location: 'On-site, US', count: 2 },
      { location: 'us', count: 1 },
    ];
    const expected = [
      { location: 'US', count: 3, kind: 'place' },
      { location: 'NYC', count: 2, kind: 'place' },
    ];
    expect(locationCounts(rows)).toEqual(expected);
    expect(locationCounts([...rows].reverse())).toEqual(expected);
  });
});

describe('analytics service', () => {
  it('fills every month with zeros and sums the statuses', async () => {
    const { repository } = fakeRepository({
      distributions: async () => ({
        cells: [
          { month: '2026-01', status: 'applied', count: 3 },
          { month: '2026-01', status: 'rejected', count: 1 },
          { month: '2026-03', status: 'applied', count: 2 },
        ],
        titles: [{ title: 'Frontend Engineer', count: 6 }],
        locations: [{ location: 'remote', count: 6 }],
      }),
    });
    const service = createAnalyticsService({ repository, now: at('2026-03-10T12:00:00Z') });
    const data = await service.applications(userActor('u1'), { from: '2026-01-01' });
    expect(data.range).toEqual({ from: '2026-01-01', to: '2026-03-10' });
    expect(data.total).toBe(6);
    expect(data.perMonth.map((m) => [m.month, m.total, m.byStatus.applied])).toEqual([
      ['2026-01', 4, 3],
      ['2026-02', 0, 0],
      ['2026-03', 2, 2],
    ]);
    expect(data.byStatus.find((s) => s.status === 'applied')?.count).toBe(5);
    expect(data.byFamily).toEqual([{ family: 'Frontend', count: 6 }]);
    expect(data.byLocation).toEqual([{ location: 'Remote', count: 6, kind: 'remote' }]);
  });

  it('derives conversion rates from the funnel counts, null when a stage is empty', async () => {
    const { repository } = fakeRepository({
      funnel: async () => ({ ...emptyFunnel, applied: 8, interview: 2, offer: 0 }),
    });
    const service = createAnalyticsService({ repository, now: at('2026-03-10T12:00:00Z') });
    const { funnel } = await service.applications(userActor('u1'), {});
    expect(funnel).toMatchObject({ appliedToInterview: 0.25, interviewToOffer: 0, appliedToOffer: 0 });
    const none = createAnalyticsService({ repository: fakeRepository().repository });
    expect((await none.applications(userActor('u1'), {})).funnel.appliedToInterview).toBeNull();
  });

  it('resolves the default range from the clock and refuses bad ranges before querying', async () => {
    const { repository, ranges } = fakeRepository();
    const service = createAnalyticsService({ repository, now: at('2026-03-10T23:59:00Z') });
    await service.applications(userActor('u1'), {});
    expect(ranges).toEqual([{ from: '2025-04-01', to: '2026-03-10' }]);
    await expect(service.applications(userActor('u1'), { from: '2026-04-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      extra: { field: 'from' },
    });
    await expect(service.applications(userActor('u1'), { from: '2019-01-01', to: '2026-01-01' })).rejects.toMatchObject(
      {
        extra: { field: 'to' },
      },
    );
    expect(ranges).toHaveLength(1);
  });
});
