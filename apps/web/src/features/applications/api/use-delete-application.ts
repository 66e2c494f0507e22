import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `DELETE /applications/:id` */
export function useDeleteApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapEnvelope(api.DELETE('/api/v1/applications/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.applications.lists() }),
  });
}
