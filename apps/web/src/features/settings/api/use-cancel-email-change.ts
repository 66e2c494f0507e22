import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `DELETE /account/email`: forgets the address waiting for confirmation. */
export function useCancelEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/account/email')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.account.settings }),
  });
}
