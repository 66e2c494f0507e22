import { useMutation } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      unwrapEnvelope(api.POST('/api/v1/auth/reset-password', { body: input })),
  });
}
