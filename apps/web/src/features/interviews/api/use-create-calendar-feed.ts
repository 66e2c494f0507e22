import type { CalendarFeed } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { interviewKeys } from './interview-keys';

/** `POST /calendar-feed` — a new secret URL (the only time it is shown); the previous one stops working. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.post<CalendarFeed>('/calendar-feed')).data,
    onSuccess: (feed) => queryClient.setQueryData<CalendarFeed>(interviewKeys.feed, { ...feed, url: null }),
  });
}
