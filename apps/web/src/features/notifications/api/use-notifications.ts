import type { NotificationList } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { notificationKeys } from './notification-keys';

const POLL_MS = 15_000;

/** `GET /notifications` — the 30 newest and the unread count, refreshed every 15 s and on focus. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: async () => (await api.list('/notifications', { limit: 30 })) as NotificationList,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}
