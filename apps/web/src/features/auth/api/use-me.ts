import { ErrorCode, type User } from '@jobpilot/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiRequestError, api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

async function fetchMe(): Promise<User | null> {
  try {
    return await unwrap(api.GET('/api/v1/auth/me'));
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === ErrorCode.Unauthenticated) return null;
    throw error;
  }
}

/** The signed-in user, or null when there is no session. */
export const meQueryOptions = queryOptions({
  queryKey: queryKeys.me,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
