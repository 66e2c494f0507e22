import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /resumes/:id` — one résumé with its current document and latest version. */
export function useResume(id: string) {
  return useQuery({
    queryKey: queryKeys.resumes.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/resumes/{id}', { params: { path: { id } } })),
    // The editor holds what the person types; a refetch on focus must not replace it.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
