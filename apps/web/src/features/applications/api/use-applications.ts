import type { Application } from '@jobpilot/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { type ApplicationListParams, applicationKeys } from './application-keys';

/** The list query of one page, for `useQuery` or `useQueries` (the board asks for one page per status). */
export const applicationsQueryOptions = (params: ApplicationListParams) =>
  queryOptions({
    queryKey: applicationKeys.list(params),
    queryFn: () =>
      api.list<Application>('/applications', {
        status: params.status,
        q: params.q,
        page: params.page,
        limit: params.limit,
        sort: params.sort,
      }),
    placeholderData: keepPreviousData,
  });

/** `GET /applications` — one page of the signed-in user's applications. */
export function useApplications(params: ApplicationListParams) {
  return useQuery(applicationsQueryOptions(params));
}
