import type { ApiList, Task, UpdateTaskInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

interface UpdateVariables {
  task: Pick<Task, 'id' | 'applicationId'>;
  input: UpdateTaskInput;
}

/** `PATCH /applications/:id/tasks/:taskId`; the saved task replaces the old one in every cached list. */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, input }: UpdateVariables) =>
      unwrap(
        api.PATCH('/api/v1/applications/{id}/tasks/{taskId}', {
          params: { path: { id: task.applicationId, taskId: task.id } },
          body: input,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueriesData<ApiList<Task>>({ queryKey: queryKeys.tasks.all }, (old) =>
        old ? { ...old, data: old.data.map((t) => (t.id === saved.id ? saved : t)) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all });
    },
  });
}
