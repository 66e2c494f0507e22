import { type Application, type CreateApplicationInput, createApplicationSchema } from '@jobpilot/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { FormError } from '#components/form-error';
import { useApiForm } from '#lib/use-api-form';
import { ApplicationFields } from './application-form-fields';
import { toApplicationInput, toFormValues } from './application-form-values';

interface ApplicationFormProps {
  application: Application | null;
  submitLabel: string;
  onSubmit: (input: CreateApplicationInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Add/edit fields, validated with the shared schema; what was typed stays put when saving fails. */
export function ApplicationForm({ application, submitLabel, onSubmit, onCancel }: ApplicationFormProps) {
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: toFormValues(application),
    schema: createApplicationSchema,
    toInput: toApplicationInput,
    submit: onSubmit,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ApplicationFields form={form} variant="full" />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
