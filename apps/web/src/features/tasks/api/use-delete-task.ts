import type { Task } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `DELETE /applications/:id/tasks/:taskId` */
export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Pick<Task, 'id' | 'applicationId'>) =>
      unwrapEnvelope(
        api.DELETE('/api/v1/applications/{id}/tasks/{taskId}', {
          params: { path: { id: task.applicationId, taskId: task.id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
  });
}
