import type { CalendarFeed } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { interviewKeys } from './interview-keys';

/** `GET /calendar-feed` — whether a subscription exists (never its secret URL). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: interviewKeys.feed,
    queryFn: async () => (await api.get<CalendarFeed>('/calendar-feed')).data,
  });
}
