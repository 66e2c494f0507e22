import type { Application } from '@jobpilot/contracts';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Toasts } from '#components/toasts';
import { api, unwrapEnvelope } from '#lib/api-client';
import { applicationTitle } from '#lib/application-format';
import { notifyError, notifySuccess } from '#lib/notify';
import { queryKeys } from '#lib/query-keys';
import { scheduleDelete } from '../../api/pending-deletes';

/**
 * Deleting with Undo (ADR 024): the application disappears at once and a notification offers Undo for
 * 8 seconds; only then is `DELETE /applications/:id` sent. Undo puts it back without any request.
 */
export function useDeleteWithUndo() {
  const queryClient = useQueryClient();
  return (application: Application) => {
    const title = applicationTitle(application);
    const notificationId = `delete-${application.id}`;
    const pending = scheduleDelete(application.id, async () => {
      notifications.hide(notificationId);
      try {
        await unwrapEnvelope(api.DELETE('/api/v1/applications/{id}', { params: { path: { id: application.id } } }));
      } catch (error) {
        notifyError(error, `Could not delete ${title}`);
      } finally {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.applications.lists() }),
          queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
        ]);
      }
    });
    const undo = () => {
      if (pending.undo()) notifySuccess(`Kept ${title}.`);
      notifications.hide(notificationId);
    };
    // The toast container loads with the first toast (ADR 030).
    void Toasts.request();
    notifications.show({
      id: notificationId,
      autoClose: false,
      withCloseButton: false,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">Deleted {title}.</Text>
          <Button size="compact-sm" variant="light" onClick={undo}>
            Undo
          </Button>
        </Group>
      ),
    });
  };
}
