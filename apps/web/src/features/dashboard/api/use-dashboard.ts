import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /dashboard` — the home page's numbers and lists, fetched fresh whenever the page opens. */
export function useDashboard() {
  return useQuery({
    queryKey: queryKeys.dashboard,
    queryFn: () => unwrap(api.GET('/api/v1/dashboard')),
  });
}
