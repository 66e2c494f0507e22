import type { CreateInterviewInput, Interview } from '@jobpilot/contracts';
import { FormModal } from '#components/form-modal';
import { notifySuccess } from '#lib/notify';
import { useCreateInterview } from '../api/use-create-interview';
import { useUpdateInterview } from '../api/use-update-interview';
import { interviewTitle } from './format';
import { InterviewForm } from './interview-form';
import { useConfirmDeleteInterview } from './use-confirm-delete-interview';

/** `{ new: day? }` to add (optionally on a calendar day), an interview to edit, null when closed. */
export type InterviewTarget = { new: string | undefined } | Interview | null;

export function InterviewFormModal({ target, onClose }: { target: InterviewTarget; onClose: () => void }) {
  const create = useCreateInterview();
  const update = useUpdateInterview();
  const confirmDelete = useConfirmDeleteInterview();
  const interview = target && 'id' in target ? target : null;
  const day = target && 'new' in target ? target.new : undefined;

  const save = async (input: CreateInterviewInput) => {
    if (interview) {
      const saved = await update.mutateAsync({ id: interview.id, input });
      notifySuccess(`Saved the interview with ${interviewTitle(saved)}.`);
    } else {
      const created = await create.mutateAsync(input);
      notifySuccess(`Added the interview with ${interviewTitle(created)}.`);
    }
    onClose();
  };

  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={interview ? `Edit interview with ${interviewTitle(interview)}` : 'Add interview'}
      draft={{ form: 'interview', recordId: interview?.id }}
    >
      {(requestClose) => (
        <InterviewForm
          key={interview?.id ?? `new-${day ?? ''}`}
          interview={interview}
          day={day}
          submitLabel={interview ? 'Save changes' : 'Add interview'}
          onSubmit={save}
          onCancel={requestClose}
          onDelete={interview ? () => confirmDelete(interview, onClose) : undefined}
        />
      )}
    </FormModal>
  );
}
