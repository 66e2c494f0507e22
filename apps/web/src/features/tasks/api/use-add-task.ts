import type { CreateTaskInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /applications/:id/tasks` for an application chosen in the form (the Tasks page's New task). */
export function useAddTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, input }: { applicationId: string; input: CreateTaskInput }) =>
      unwrap(api.POST('/api/v1/applications/{id}/tasks', { params: { path: { id: applicationId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
  });
}
