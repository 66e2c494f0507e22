import type { CreateInterviewInput, Interview } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { interviewKeys } from './interview-keys';

/** `POST /interviews` */
export function useCreateInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateInterviewInput) => (await api.post<Interview>('/interviews', input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: interviewKeys.all }),
  });
}
