import type { Application } from '@jobpilot/contracts';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { applicationTitle } from '#lib/application-format';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteApplication } from '../api/use-delete-application';

/** Returns a function that asks before deleting an application for good. */
export function useConfirmDelete() {
  const remove = useDeleteApplication();
  return (application: Application) => {
    const title = applicationTitle(application);
    modals.openConfirmModal({
      title: 'Delete application',
      children: <Text size="sm">Delete {title}? This cannot be undone.</Text>,
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(application.id, {
          onSuccess: () => notifySuccess(`Deleted ${title}.`),
          onError: (error) => notifyError(error, 'Could not delete the application'),
        }),
    });
  };
}
