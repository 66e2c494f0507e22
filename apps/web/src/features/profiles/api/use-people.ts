import type { Person, PersonSummary } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { profileKeys } from './profile-keys';

export const PEOPLE_PAGE_SIZE = 20;

/** `GET /users?q=` — people by name, typo-tolerant, best match first. */
export function usePeople(q: string, page: number) {
  return useQuery({
    queryKey: profileKeys.people(q, page),
    queryFn: () => api.list<PersonSummary>('/users', { q, page, limit: PEOPLE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /users/:id` — one person's profile (404 when private or missing). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: profileKeys.person(id),
    queryFn: async () => (await api.get<Person>(`/users/${id}`)).data,
  });
}
