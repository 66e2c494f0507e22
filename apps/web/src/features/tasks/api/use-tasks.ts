import { TASKS_LIMIT_MAX, type Task } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { type TaskListParams, taskKeys } from './task-keys';

/** `GET /tasks?due&done` — the user's tasks across applications, soonest due first. */
export function useTasks(params: TaskListParams, enabled = true) {
  return useQuery({
    queryKey: taskKeys.list(params),
    queryFn: () =>
      api.list<Task>('/tasks', {
        due: params.due,
        done: params.done === undefined ? undefined : String(params.done),
        limit: TASKS_LIMIT_MAX,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
