import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `GET /calendar-feed` — whether a subscription exists (never its secret URL). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: queryKeys.interviews.feed,
    queryFn: () => unwrap(api.GET('/api/v1/calendar-feed')),
  });
}
