import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

export const PEOPLE_PAGE_SIZE = 20;

/** `GET /users?q=` — people by name, typo-tolerant, best match first. */
export function usePeople(q: string, page: number) {
  return useQuery({
    queryKey: queryKeys.profiles.people(q, page),
    queryFn: () =>
      unwrapEnvelope(api.GET('/api/v1/users', { params: { query: { q, page, limit: PEOPLE_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** `GET /users/:id` — one person's profile (404 when private or missing). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: queryKeys.profiles.person(id),
    queryFn: () => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
  });
}
