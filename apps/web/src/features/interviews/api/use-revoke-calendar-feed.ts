import type { CalendarFeed } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { interviewKeys } from './interview-keys';

/** `DELETE /calendar-feed` — calendar apps polling the URL get 404 from now on. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/calendar-feed'),
    onSuccess: () =>
      queryClient.setQueryData<CalendarFeed>(interviewKeys.feed, { active: false, createdAt: null, url: null }),
  });
}
