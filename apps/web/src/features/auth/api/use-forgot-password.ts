import { useMutation } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';

const SENT = 'If an account exists for that address, we sent a link to reset the password.';

/** Resolves to the message to show; the API answers the same whether or not the account exists. */
export function useForgotPassword() {
  return useMutation({
    mutationFn: async (input: { email: string }) =>
      (await unwrapEnvelope(api.POST('/api/v1/auth/forgot-password', { body: input }))).message ?? SENT,
  });
}
