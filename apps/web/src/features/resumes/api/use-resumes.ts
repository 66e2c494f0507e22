import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /resumes` — the signed-in user's résumés, the most recently updated first. */
export function useResumes() {
  return useQuery({
    queryKey: queryKeys.resumes.list(),
    queryFn: () => unwrap(api.GET('/api/v1/resumes')),
  });
}
