import type { CreateInterviewInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /interviews` */
export function useCreateInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInterviewInput) => unwrap(api.POST('/api/v1/interviews', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.interviews.all }),
  });
}
