import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { type ContactListParams, queryKeys } from '#lib/query-keys';

/** `GET /contacts` — one page of the signed-in user's contacts, by name. */
export function useContacts(params: ContactListParams) {
  return useQuery({
    queryKey: queryKeys.contacts.list(params),
    queryFn: () =>
      unwrapEnvelope(
        api.GET('/api/v1/contacts', { params: { query: { q: params.q, page: params.page, limit: params.limit } } }),
      ),
    placeholderData: keepPreviousData,
  });
}
