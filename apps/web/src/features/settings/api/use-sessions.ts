import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /account/sessions`: where the account is signed in. */
export function useSessions() {
  return useQuery({
    queryKey: queryKeys.account.sessions,
    queryFn: () => unwrap(api.GET('/api/v1/account/sessions')),
  });
}
