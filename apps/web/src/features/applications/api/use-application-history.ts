import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /applications/:id/history` — status changes, oldest first; idle while `id` is null. */
export function useApplicationHistory(id: string | null) {
  return useQuery({
    queryKey: queryKeys.applications.history(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/history', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}
