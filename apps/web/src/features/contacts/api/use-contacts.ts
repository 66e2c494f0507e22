import type { Contact } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { type ContactListParams, contactKeys } from './contact-keys';

/** `GET /contacts` — one page of the signed-in user's contacts, by name. */
export function useContacts(params: ContactListParams) {
  return useQuery({
    queryKey: contactKeys.list(params),
    queryFn: () => api.list<Contact>('/contacts', { q: params.q, page: params.page, limit: params.limit }),
    placeholderData: keepPreviousData,
  });
}
