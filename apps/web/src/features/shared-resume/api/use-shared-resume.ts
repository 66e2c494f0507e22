import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';

/** `GET /shared/resumes/{token}`: the résumé behind a share link, `{ name, document, template }` (no session). */
export function useSharedResume(token: string) {
  return useQuery({
    queryKey: ['shared-resume', token] as const,
    queryFn: () => unwrap(api.GET('/api/v1/shared/resumes/{token}', { params: { path: { token } } })),
    // Each answer counts a view for the owner: do not ask again when the window takes focus.
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where the same résumé is as a PDF (opened in the browser, counted as a view). */
export function sharedResumePdfUrl(token: string): string {
  return `/api/v1/shared/resumes/${encodeURIComponent(token)}/pdf`;
}
