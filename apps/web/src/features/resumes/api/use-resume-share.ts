import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, api, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';
import type { ResumeTemplate } from './use-resume-export';

const shareKey = (id: string) => [...queryKeys.resumes.one(id), 'share'] as const;

/** `GET /resumes/:id/share` — the active link (its view count; never its URL), or null when there is none. */
export function useResumeShare(id: string, enabled: boolean) {
  return useQuery({
    queryKey: shareKey(id),
    enabled,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/resumes/{id}/share', { params: { path: { id } } }));
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** `POST /resumes/:id/share` — a new link (the earlier one stops working); its URL is in this answer only. */
export function useCreateResumeShare(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: ResumeTemplate | undefined) =>
      unwrap(api.POST('/api/v1/resumes/{id}/share', { params: { path: { id } }, body: template ? { template } : {} })),
    onSuccess: (share) => queryClient.setQueryData(shareKey(id), { ...share, url: null, token: null }),
  });
}

/** `DELETE /resumes/:id/share` — the link stops working at once. */
export function useRevokeResumeShare(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEnvelope(api.DELETE('/api/v1/resumes/{id}/share', { params: { path: { id } } })),
    onSuccess: () => queryClient.setQueryData(shareKey(id), null),
  });
}
