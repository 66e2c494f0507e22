import type { NotificationList } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /notifications/:id/read`; the badge drops at once. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const key = queryKeys.notifications.list();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationList>(key);
      queryClient.setQueryData<NotificationList>(key, (old) => {
        const target = old?.data.find((n) => n.id === id);
        if (!old || !target || target.readAt) return old;
        const readAt = new Date().toISOString();
        return {
          ...old,
          unreadCount: Math.max(0, old.unreadCount - 1),
          data: old.data.map((n) => (n.id === id ? { ...n, readAt } : n)),
        };
      });
      return { previous };
    },
    onError: (_error, _id, snapshot) => queryClient.setQueryData(key, snapshot?.previous),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
