import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** Inclusive dates; either one left out takes the server's default (12 months up to today). */
export interface AnalyticsRangeParams {
  from?: string | undefined;
  to?: string | undefined;
}

/** `GET /analytics/applications?from=&to=` — the previous range stays on screen while the next one loads. */
export function useAnalytics(range: AnalyticsRangeParams) {
  return useQuery({
    queryKey: queryKeys.analytics(range.from ?? null, range.to ?? null),
    queryFn: () =>
      unwrap(api.GET('/api/v1/analytics/applications', { params: { query: { from: range.from, to: range.to } } })),
    placeholderData: keepPreviousData,
  });
}
