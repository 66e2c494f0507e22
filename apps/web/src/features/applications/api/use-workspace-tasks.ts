import type { CreateTaskInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** Adding a task and ticking one off from the application's page; the page and the task lists refresh. */
export function useWorkspaceTasks(applicationId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.applications.workspace(applicationId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
    ]);
  const create = useMutation({
    mutationFn: (input: CreateTaskInput) =>
      unwrap(api.POST('/api/v1/applications/{id}/tasks', { params: { path: { id: applicationId } }, body: input })),
    onSuccess: refresh,
  });
  const setDone = useMutation({
    mutationFn: ({ taskId, done }: { taskId: string; done: boolean }) =>
      unwrap(
        api.PATCH('/api/v1/applications/{id}/tasks/{taskId}', {
          params: { path: { id: applicationId, taskId } },
          body: { done },
        }),
      ),
    onSuccess: refresh,
  });
  return { create, setDone };
}
