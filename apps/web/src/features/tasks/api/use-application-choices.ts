import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** The user's applications (up to 100, by company) a new task can be for. */
export function useApplicationChoices(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.tasks.applicationChoices,
    queryFn: () => unwrap(api.GET('/api/v1/applications', { params: { query: { limit: 100, sort: 'company' } } })),
    enabled,
    staleTime: 30_000,
  });
}
