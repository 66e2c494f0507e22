import { useMutation } from '@tanstack/react-query';
import { api } from '#lib/api-client';

const SENT = 'If an account exists for that address, we sent a link to reset the password.';

/** Resolves to the message to show; the API answers the same whether or not the account exists. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: async (input: { email: string }) =>
      (await api.post<unknown>('/auth/forgot-password', input)).message ?? SENT,
  });
}
