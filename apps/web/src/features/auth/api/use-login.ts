import type { LoginInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { meQueryOptions } from './use-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => unwrap(api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryOptions.queryKey, user),
  });
}
