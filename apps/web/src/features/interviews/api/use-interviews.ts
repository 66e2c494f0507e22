import { INTERVIEWS_LIMIT_MAX, type Interview } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { type InterviewListParams, interviewKeys } from './interview-keys';

/** `GET /interviews?from&to&type` — up to 500 interviews in the range, soonest first. */
export function useInterviews(params: InterviewListParams) {
  return useQuery({
    queryKey: interviewKeys.list(params),
    queryFn: () =>
      api.list<Interview>('/interviews', {
        from: params.from,
        to: params.to,
        type: params.type,
        limit: INTERVIEWS_LIMIT_MAX,
      }),
    placeholderData: keepPreviousData,
  });
}
