import type { RegisterInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { meQueryOptions } from './use-me';

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterInput) => unwrap(api.POST('/api/v1/auth/register', { body: input })),
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryOptions.queryKey, user),
  });
}
