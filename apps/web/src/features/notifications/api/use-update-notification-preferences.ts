import type { NotificationPreferences, UpdateNotificationPreferencesInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putJson } from '#lib/send';
import { notificationKeys } from './notification-keys';

/** `PUT /notification-preferences` — replaces every setting. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateNotificationPreferencesInput) =>
      (await putJson<NotificationPreferences>('/notification-preferences', input)).data,
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved),
  });
}
