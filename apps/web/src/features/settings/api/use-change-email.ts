import type { ChangeEmailInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /account/email`: mails a confirmation link to the new address. */
export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeEmailInput) => unwrap(api.POST('/api/v1/account/email', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.account.settings }),
  });
}
