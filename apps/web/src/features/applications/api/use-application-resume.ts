import type { AttachApplicationResumeInput } from '@jobpilot/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /applications/:id/resume` — the résumé recorded as sent with it, or null (ADR 042). */
export function useApplicationResume(applicationId: string) {
  return useQuery({
    queryKey: queryKeys.applications.resume(applicationId),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/resume', { params: { path: { id: applicationId } } })),
  });
}

/** `GET /resumes` — names to choose from (default first). */
export function useResumeChoices(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.resumeChoices,
    queryFn: () => unwrap(api.GET('/api/v1/resumes')),
    enabled,
  });
}

/** `PUT` / `DELETE /applications/:id/resume`. */
export function useApplicationResumeMutations(applicationId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.applications.resume(applicationId) });
  const attach = useMutation({
    mutationFn: (body: AttachApplicationResumeInput) =>
      unwrap(api.PUT('/api/v1/applications/{id}/resume', { params: { path: { id: applicationId } }, body })),
    onSuccess: refresh,
  });
  const detach = useMutation({
    mutationFn: () =>
      unwrapEnvelope(api.DELETE('/api/v1/applications/{id}/resume', { params: { path: { id: applicationId } } })),
    onSuccess: refresh,
  });
  return { attach, detach };
}
