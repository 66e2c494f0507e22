import type { Interview } from '@jobpilot/contracts';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteInterview } from '../api/use-delete-interview';
import { interviewTitle } from './format';

/** Returns a function that asks before deleting an interview. */
export function useConfirmDeleteInterview() {
  const remove = useDeleteInterview();
  /** `onDeleted` runs once it is gone (e.g. to close the edit dialog). */
  return (interview: Interview, onDeleted?: () => void) => {
    const title = interviewTitle(interview);
    modals.openConfirmModal({
      title: 'Delete interview',
      children: <Text size="sm">Delete the interview with {title}? Its reminders stop too.</Text>,
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(interview.id, {
          onSuccess: () => {
            notifySuccess(`Deleted the interview with ${title}.`);
            onDeleted?.();
          },
          onError: (error) => notifyError(error, 'Could not delete the interview'),
        }),
    });
  };
}
