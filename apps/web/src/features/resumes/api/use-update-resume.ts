import type { UpdateResumeInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/**
 * `PATCH /resumes/:id` — an autosave, or with `save: true` a sealed version (ADR 036). The answer becomes the
 * cached résumé (its name, default flag) but never the editor's values: the person may have typed on meanwhile.
 */
export function useUpdateResume(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateResumeInput) =>
      unwrap(api.PATCH('/api/v1/resumes/{id}', { params: { path: { id } }, body: input })),
    onSuccess: (resume) => {
      queryClient.setQueryData(queryKeys.resumes.one(id), resume);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.resumes.versions(id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.resumes.ats(id) }),
      ]);
    },
  });
}
