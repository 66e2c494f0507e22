import type { CreateTagInput } from '@jobpilot/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /tags` — the signed-in user's tags, by name. */
export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => unwrap(api.GET('/api/v1/tags')) });
}

/** `POST /tags` */
export function useCreateTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTagInput) => unwrap(api.POST('/api/v1/tags', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tags }),
  });
}

interface TagLink {
  applicationId: string;
  tagId: string;
  attached: boolean;
}

/** `PUT` or `DELETE /applications/:id/tags/:tagId`: attaches or detaches one tag. */
export function useSetApplicationTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, tagId, attached }: TagLink) => {
      const params = { path: { id: applicationId, tagId } };
      return unwrap(
        attached
          ? api.PUT('/api/v1/applications/{id}/tags/{tagId}', { params })
          : api.DELETE('/api/v1/applications/{id}/tags/{tagId}', { params }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.applications.lists() }),
  });
}
