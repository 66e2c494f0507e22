import type { LoginInput, LoginResult } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { meQueryOptions } from './use-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => (await api.post<LoginResult>('/auth/login', input)).data,
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryOptions.queryKey, user),
  });
}
