import { TASKS_LIMIT_MAX } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys, type TaskListParams } from '#lib/query-keys';

/** `GET /tasks?due&done` — the user's tasks across applications, soonest due first. */
export function useTasks(params: TaskListParams, enabled = true) {
  return useQuery({
    queryKey: queryKeys.tasks.list(params),
    queryFn: () =>
      unwrapEnvelope(
        api.GET('/api/v1/tasks', {
          params: {
            query: {
              due: params.due,
              done: params.done === undefined ? undefined : params.done ? 'true' : 'false',
              limit: TASKS_LIMIT_MAX,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
