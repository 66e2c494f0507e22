import type { Application, CreateApplicationInput } from '@jobpilot/contracts';
import { Modal, ScrollArea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
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
  const isPhone = useMediaQuery('(max-width: 36em)');
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
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={application ? `Edit ${applicationTitle(application)}` : 'Add application'}
      size="lg"
      fullScreen={isPhone}
      closeOnClickOutside={false}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <ApplicationForm
        key={application?.id ?? 'new'}
        application={application}
        submitLabel={application ? 'Save changes' : 'Add application'}
        onSubmit={save}
        onCancel={onClose}
      />
    </Modal>
  );
}
