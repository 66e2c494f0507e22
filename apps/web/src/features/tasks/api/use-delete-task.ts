import type { Task } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { taskKeys } from './task-keys';

/** `DELETE /applications/:id/tasks/:taskId` */
export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Pick<Task, 'id' | 'applicationId'>) =>
      api.delete(`/applications/${task.applicationId}/tasks/${task.id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
