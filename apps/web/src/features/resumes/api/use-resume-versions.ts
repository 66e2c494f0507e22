import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** The history drawer lists this many versions, the newest first. */
export const VERSIONS_SHOWN = 100;

/** `GET /resumes/:id/versions` — the résumé's versions, newest first. */
export function useResumeVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.resumes.versions(id),
    queryFn: () =>
      unwrapEnvelope(
        api.GET('/api/v1/resumes/{id}/versions', { params: { path: { id }, query: { limit: VERSIONS_SHOWN } } }),
      ),
    enabled,
  });
}

/** `GET /resumes/:id/diff?from=&to=` — what changed between two versions, field by field. */
export function useResumeDiff(id: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: queryKeys.resumes.diff(id, from ?? '', to ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/resumes/{id}/diff', {
          params: { path: { id }, query: { from: from ?? undefined, to: to ?? undefined } },
        }),
      ),
    enabled: from !== null && to !== null,
  });
}

/** `POST /resumes/:id/versions/:versionId/restore` — the old document becomes the current one (a new version). */
export function useRestoreVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) =>
      unwrap(api.POST('/api/v1/resumes/{id}/versions/{versionId}/restore', { params: { path: { id, versionId } } })),
    onSuccess: (resume) => {
      queryClient.setQueryData(queryKeys.resumes.one(id), resume);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.resumes.versions(id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.resumes.ats(id) }),
      ]);
    },
  });
}
