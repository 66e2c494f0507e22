import type { CalendarFeed } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /calendar-feed` — a new secret URL (the only time it is shown); the previous one stops working. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calendar-feed')),
    onSuccess: (feed) => queryClient.setQueryData<CalendarFeed>(queryKeys.interviews.feed, { ...feed, url: null }),
  });
}
