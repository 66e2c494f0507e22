import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /applications/:id/workspace` — everything the application's page shows, in one request (ADR 024). */
export function useApplicationWorkspace(id: string) {
  return useQuery({
    queryKey: queryKeys.applications.workspace(id),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/workspace', { params: { path: { id } } })),
  });
}
