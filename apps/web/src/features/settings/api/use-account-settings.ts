import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /account`: the address, whether it is verified, and a change of address waiting for its confirmation. */
export function useAccountSettings() {
  return useQuery({ queryKey: queryKeys.account.settings, queryFn: () => unwrap(api.GET('/api/v1/account')) });
}
