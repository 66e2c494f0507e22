import { useMutation } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';

/** Asks the API to mail the signed-in user a new verification link. */
export function useSendVerification() {
  return useMutation({
    mutationFn: () => unwrapEnvelope(api.POST('/api/v1/auth/send-verification')),
  });
}
