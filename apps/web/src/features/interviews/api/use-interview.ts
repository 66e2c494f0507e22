import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /interviews/:id` — idle while `id` is undefined (opening one from a notification link). */
export function useInterview(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.interviews.one(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/interviews/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}
