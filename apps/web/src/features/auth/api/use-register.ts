import type { LoginResult, RegisterInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { meQueryOptions } from './use-me';

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput) => (await api.post<LoginResult>('/auth/register', input)).data,
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryOptions.queryKey, user),
  });
}
