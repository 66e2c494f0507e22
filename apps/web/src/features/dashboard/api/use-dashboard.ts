import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/**
 * `GET /dashboard` — the home page's numbers and lists. The route's loader asks for them while the page's code is
 * still downloading; the page then uses that answer (fresh for 10 s) rather than asking again on mount.
 */
export const dashboardQueryOptions = queryOptions({
  queryKey: queryKeys.dashboard,
  queryFn: () => unwrap(api.GET('/api/v1/dashboard')),
  staleTime: 10_000,
});

export function useDashboard() {
  return useQuery(dashboardQueryOptions);
}
