import { TASKS_LIMIT_MAX } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /applications/:id/tasks` — one application's tasks, soonest due first. */
export function useApplicationTasks(applicationId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.tasks.ofApplication(applicationId ?? ''),
    queryFn: () =>
      unwrapEnvelope(
        api.GET('/api/v1/applications/{id}/tasks', {
          params: { path: { id: applicationId ?? '' }, query: { limit: TASKS_LIMIT_MAX } },
        }),
      ),
    enabled: applicationId !== undefined,
  });
}
