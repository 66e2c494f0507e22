import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { type ApplicationListParams, queryKeys } from '#lib/query-keys';

/** The list query of one page, for `useQuery` or `useQueries` (the board asks for one page per status). */
export const applicationsQueryOptions = (params: ApplicationListParams) =>
  queryOptions({
    queryKey: queryKeys.applications.list(params),
    queryFn: () =>
      unwrapEnvelope(
        api.GET('/api/v1/applications', {
          params: { query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** `GET /applications` — one page of the signed-in user's applications. */
export function useApplications(params: ApplicationListParams) {
  return useQuery(applicationsQueryOptions(params));
}
