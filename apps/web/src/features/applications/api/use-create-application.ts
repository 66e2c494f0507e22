import type { Application, CreateApplicationInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { applicationKeys } from './application-keys';

/** `POST /applications` */
export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateApplicationInput) => (await api.post<Application>('/applications', input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
  });
}
