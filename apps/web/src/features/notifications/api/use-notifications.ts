import { useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

const POLL_MS = 15_000;

/** `GET /notifications` — the 30 newest and the unread count, refreshed every 15 s and on focus. */
export function useNotifications() {
  return useQuery({
    queryKey: queryKeys.notifications.list(),
    queryFn: () => unwrapEnvelope(api.GET('/api/v1/notifications', { params: { query: { limit: 30 } } })),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}
