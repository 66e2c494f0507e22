import type { CreateTaskInput, Task } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { taskKeys } from './task-keys';

/** `POST /applications/:id/tasks` */
export function useCreateTask(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateTaskInput) =>
      (await api.post<Task>(`/applications/${applicationId}/tasks`, input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
