import type { UpdateNotificationPreferencesInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `PUT /notification-preferences` — replaces every setting. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateNotificationPreferencesInput) =>
      unwrap(api.PUT('/api/v1/notification-preferences', { body: input })),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.notifications.preferences, saved),
  });
}
