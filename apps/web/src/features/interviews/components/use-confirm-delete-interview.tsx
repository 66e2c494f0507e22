import type { Interview } from '@jobpilot/contracts';
import { confirmDelete } from '#components/confirm-dialog';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteInterview } from '../api/use-delete-interview';
import { interviewTitle } from './format';

/** Returns a function that asks before deleting an interview. */
export function useConfirmDeleteInterview() {
  const remove = useDeleteInterview();
  /** `onDeleted` runs once it is gone (e.g. to close the edit dialog). */
  return (interview: Interview, onDeleted?: () => void) => {
    const title = interviewTitle(interview);
    confirmDelete({
      title: 'Delete interview',
      message: `Delete the interview with ${title}? Its reminders stop too.`,
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
