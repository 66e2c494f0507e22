import type { Application, CreateApplicationInput } from '@jobpilot/contracts';
import { FormModal } from '#components/form-modal';
import { applicationTitle } from '#lib/application-format';
import { notifySuccess } from '#lib/notify';
import { useCreateApplication } from '../api/use-create-application';
import { useUpdateApplication } from '../api/use-update-application';
import { ApplicationForm } from './application-form';

interface ApplicationFormModalProps {
  /** `'new'` to add, an application to edit, null when closed. */
  target: Application | 'new' | null;
  onClose: () => void;
}

export function ApplicationFormModal({ target, onClose }: ApplicationFormModalProps) {
  const create = useCreateApplication();
  const update = useUpdateApplication();
  const application = target === 'new' ? null : target;

  const save = async (input: CreateApplicationInput) => {
    if (application) {
      const saved = await update.mutateAsync({ id: application.id, input });
      notifySuccess(`Saved ${applicationTitle(saved)}.`);
    } else {
      const created = await create.mutateAsync(input);
      notifySuccess(`Added ${applicationTitle(created)}.`);
    }
    onClose();
  };

  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={application ? `Edit ${applicationTitle(application)}` : 'Add application'}
      draft={{ form: 'application', recordId: application?.id }}
    >
      {(requestClose) => (
        <ApplicationForm
          key={application?.id ?? 'new'}
          application={application}
          submitLabel={application ? 'Save changes' : 'Add application'}
          onSubmit={save}
          onCancel={requestClose}
        />
      )}
    </FormModal>
  );
}
