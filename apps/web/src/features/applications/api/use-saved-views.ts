import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';
import type { viewOf } from '../routes/search';

/** `GET /saved-views` — the signed-in user's saved views of the applications list, by name. */
export function useSavedViews() {
  return useQuery({ queryKey: queryKeys.savedViews, queryFn: () => unwrap(api.GET('/api/v1/saved-views')) });
}

/** `POST /saved-views` */
export function useCreateSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; search: ReturnType<typeof viewOf> }) =>
      unwrap(api.POST('/api/v1/saved-views', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews }),
  });
}

/** `DELETE /saved-views/:id` */
export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews }),
  });
}
