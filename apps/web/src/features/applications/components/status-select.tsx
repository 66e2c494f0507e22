import { type Application, applicationStatusSchema } from '@jobpilot/contracts';
import { NativeSelect } from '@mantine/core';
import { applicationTitle, STATUS_LABELS, STATUS_OPTIONS } from '#lib/application-format';
import { notifyError, notifySuccess } from '#lib/notify';
import { useUpdateApplication } from '../api/use-update-application';

/** Picking a status saves it at once. */
export function StatusSelect({ application }: { application: Application }) {
  const update = useUpdateApplication();
  const title = applicationTitle(application);

  const onChange = (value: string) => {
    const status = applicationStatusSchema.safeParse(value);
    if (!status.success) return;
    update.mutate(
      { id: application.id, input: { status: status.data } },
      {
        onSuccess: (saved) => notifySuccess(`${title} is now ${STATUS_LABELS[saved.status]}.`),
        onError: (error) => notifyError(error, 'Could not change the status'),
      },
    );
  };

  return (
    <NativeSelect
      aria-label={`Status of ${title}`}
      size="xs"
      w={120}
      data={STATUS_OPTIONS}
      value={application.status}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
