import type { NotificationPreferences } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { notificationKeys } from './notification-keys';

/** `GET /notification-preferences` */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: async () => (await api.get<NotificationPreferences>('/notification-preferences')).data,
  });
}
