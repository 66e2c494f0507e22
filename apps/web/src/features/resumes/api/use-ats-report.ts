import { useMutation, useQuery } from '@tanstack/react-query';
import { api, asFormData, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /resumes/:id/ats-report` — how an ATS reads the saved résumé (ADR 039); fetched while the drawer is open. */
export function useAtsReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.resumes.ats(id),
    queryFn: () => unwrap(api.GET('/api/v1/resumes/{id}/ats-report', { params: { path: { id } } })),
    enabled,
  });
}

/** `POST /resumes/ats-report` — the report of a file before anything is saved. */
export function useCheckAtsFile() {
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.POST('/api/v1/resumes/ats-report', { body: { file }, bodySerializer: asFormData })),
  });
}
