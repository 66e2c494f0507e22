import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { type InterviewListParams, queryKeys } from '#lib/query-keys';

/**
 * `GET /interviews?from&to&type&order&page&limit`: one page of the interviews in the range, with the list
 * envelope's `pagination`. `enabled: false` for a range that cannot hold any (nothing is fetched).
 */
export function useInterviews(params: InterviewListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.interviews.list(params),
    queryFn: () =>
      unwrapEnvelope(
        api.GET('/api/v1/interviews', {
          params: {
            query: {
              from: params.from,
              to: params.to,
              type: params.type,
              order: params.order,
              page: params.page,
              limit: params.limit,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
