import type { CalendarFeed } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `DELETE /calendar-feed` — calendar apps polling the URL get 404 from now on. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEnvelope(api.DELETE('/api/v1/calendar-feed')),
    onSuccess: () =>
      queryClient.setQueryData<CalendarFeed>(queryKeys.interviews.feed, { active: false, createdAt: null, url: null }),
  });
}
