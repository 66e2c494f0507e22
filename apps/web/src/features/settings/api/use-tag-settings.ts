import type { UpdateTagInput } from '@jobpilot/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /tags`: the user's tags by name, each with how many applications carry it. */
export function useTagList() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => unwrap(api.GET('/api/v1/tags')) });
}

/** Tags show on the application list too, so a change refreshes both. */
function useRefreshTags() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.tags }),
      queryClient.invalidateQueries({ queryKey: queryKeys.applications.all }),
    ]);
}

/** `PATCH /tags/{id}`: renames or recolours a tag. */
export function useUpdateTag() {
  const refresh = useRefreshTags();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateTagInput }) =>
      unwrap(api.PATCH('/api/v1/tags/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: refresh,
  });
}

/** `DELETE /tags/{id}`: deletes a tag, taking it off every application. */
export function useDeleteTag() {
  const refresh = useRefreshTags();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tags/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
