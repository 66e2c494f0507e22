import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /applications/:id` — the application whose tasks are shown, for the panel's title. */
export function useTaskApplication(applicationId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.tasks.application(applicationId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id: applicationId ?? '' } } })),
    enabled: applicationId !== undefined,
  });
}
