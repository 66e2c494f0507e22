import type { ApiList, Task, UpdateTaskInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { taskKeys } from './task-keys';

interface UpdateVariables {
  task: Pick<Task, 'id' | 'applicationId'>;
  input: UpdateTaskInput;
}

/** `PATCH /applications/:id/tasks/:taskId`; the saved task replaces the old one in every cached list. */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ task, input }: UpdateVariables) =>
      (await api.patch<Task>(`/applications/${task.applicationId}/tasks/${task.id}`, input)).data,
    onSuccess: (saved) => {
      queryClient.setQueriesData<ApiList<Task>>({ queryKey: taskKeys.all }, (old) =>
        old ? { ...old, data: old.data.map((t) => (t.id === saved.id ? saved : t)) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}
