import { ErrorCode, type User } from '@jobpilot/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiRequestError, api } from '#lib/api-client';

async function fetchMe(): Promise<User | null> {
  try {
    return (await api.get<User>('/auth/me')).data;
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === ErrorCode.Unauthenticated) return null;
    throw error;
  }
}

/** The signed-in user, or null when there is no session. */
export const meQueryOptions = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
