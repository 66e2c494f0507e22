import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /profile` — the signed-in user's own profile. */
export function useMyProfile() {
  return useQuery({
    queryKey: queryKeys.profiles.mine(),
    queryFn: () => unwrap(api.GET('/api/v1/profile')),
  });
}
