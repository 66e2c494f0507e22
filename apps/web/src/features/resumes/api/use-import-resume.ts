import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asFormData, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /resumes/import` — a new résumé from a JSON Resume file or a LinkedIn data export ZIP. */
export function useImportResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.POST('/api/v1/resumes/import', { body: { file }, bodySerializer: asFormData })),
    onSuccess: (resume) => {
      queryClient.setQueryData(queryKeys.resumes.one(resume.id), resume);
      return queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() });
    },
  });
}
