import { TASKS_LIMIT_MAX, type Task } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { taskKeys } from './task-keys';

/** `GET /applications/:id/tasks` — one application's tasks, soonest due first. */
export function useApplicationTasks(applicationId: string | undefined) {
  return useQuery({
    queryKey: taskKeys.ofApplication(applicationId ?? ''),
    queryFn: () => api.list<Task>(`/applications/${applicationId}/tasks`, { limit: TASKS_LIMIT_MAX }),
    enabled: applicationId !== undefined,
  });
}
