import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /resumes/performance` — how the applications sent with each résumé and version went (ADR 042). */
export function useResumePerformance() {
  return useQuery({
    queryKey: queryKeys.resumePerformance,
    queryFn: () => unwrap(api.GET('/api/v1/resumes/performance')),
  });
}
