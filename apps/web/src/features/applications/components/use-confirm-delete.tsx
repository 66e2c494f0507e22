import type { Application } from '@jobpilot/contracts';
import { confirmDelete } from '#components/confirm-dialog';
import { applicationTitle } from '#lib/application-format';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteApplication } from '../api/use-delete-application';

/** Returns a function that asks before deleting an application for good. */
export function useConfirmDelete() {
  const remove = useDeleteApplication();
  return (application: Application) => {
    const title = applicationTitle(application);
    confirmDelete({
      title: 'Delete application',
      message: `Delete ${title}? This cannot be undone.`,
      onConfirm: () =>
        remove.mutate(application.id, {
          onSuccess: () => notifySuccess(`Deleted ${title}.`),
          onError: (error) => notifyError(error, 'Could not delete the application'),
        }),
    });
  };
}
