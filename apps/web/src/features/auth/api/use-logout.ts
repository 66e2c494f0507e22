import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { drafts } from '#lib/form-draft';
import { meQueryOptions } from './use-me';

/** Ends the session and forgets every cached answer and form draft that belonged to it. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEnvelope(api.POST('/api/v1/auth/logout')),
    onSuccess: () => {
      const userId = queryClient.getQueryData(meQueryOptions.queryKey)?.id;
      if (userId) drafts.clearUser(userId);
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions.queryKey, null);
    },
  });
}
