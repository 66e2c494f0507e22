import type { CreateResumeInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /resumes` — a blank résumé, or one made from a parsed document. */
export function useCreateResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateResumeInput) => unwrap(api.POST('/api/v1/resumes', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() }),
  });
}

/** `POST /resumes/:id/duplicate` — a copy with its own version 1. */
export function useDuplicateResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/resumes/{id}/duplicate', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() }),
  });
}

/** `POST /resumes/:id/default` — this résumé becomes the default (the previous one stops being it). */
export function useSetDefaultResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/resumes/{id}/default', { params: { path: { id } } })),
    onSuccess: (resume) => {
      queryClient.setQueryData(queryKeys.resumes.one(resume.id), resume);
      return queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() });
    },
  });
}

/** `DELETE /resumes/:id` — the résumé and all its versions. */
export function useDeleteResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapEnvelope(api.DELETE('/api/v1/resumes/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.resumes.one(id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.resumes.list() });
    },
  });
}
