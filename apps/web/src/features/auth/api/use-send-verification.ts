import { useMutation } from '@tanstack/react-query';
import { api } from '#lib/api-client';

/** Asks the API to mail the signed-in user a new verification link. */
export function useSendVerification() {
  return useMutation({
    mutationFn: () => api.post<unknown>('/auth/send-verification'),
  });
}
