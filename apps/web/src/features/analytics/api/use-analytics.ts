import type { Analytics } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';

/** Inclusive dates; either one left out takes the server's default (12 months up to today). */
export interface AnalyticsRangeParams {
  from?: string | undefined;
  to?: string | undefined;
}

/** `GET /analytics/applications?from=&to=` — the previous range stays on screen while the next one loads. */
export function useAnalytics(range: AnalyticsRangeParams) {
  return useQuery({
    queryKey: ['analytics', 'applications', range.from ?? null, range.to ?? null],
    queryFn: async () => (await api.get<Analytics>('/analytics/applications', { from: range.from, to: range.to })).data,
    placeholderData: keepPreviousData,
  });
}
