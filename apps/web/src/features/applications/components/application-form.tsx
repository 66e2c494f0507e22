import {
  type Application,
  type CreateApplicationInput,
  createApplicationSchema,
  SALARY_PERIODS,
} from '@jobpilot/contracts';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormError } from '#components/form-error';
import { STATUS_OPTIONS } from '#lib/application-format';
import { useApiForm } from '#lib/use-api-form';
import { toApplicationInput, toFormValues } from './application-form-values';

const PERIOD_OPTIONS = [
  { value: '', label: '—' },
  ...SALARY_PERIODS.map((value) => ({ value, label: `per ${value}` })),
];

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

  const salaryProps = { min: 0, allowNegative: false, allowDecimal: false, thousandSeparator: ',' } as const;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Company" required data-autofocus {...form.getInputProps('company')} />
          <TextInput label="Position" required {...form.getInputProps('position')} />
          <TextInput label="Location" placeholder="Remote, Berlin…" {...form.getInputProps('location')} />
          <TextInput label="Source" placeholder="LinkedIn, referral…" {...form.getInputProps('source')} />
          <NumberInput label="Salary from" {...salaryProps} {...form.getInputProps('salaryMin')} />
          <NumberInput label="Salary to" {...salaryProps} {...form.getInputProps('salaryMax')} />
          <TextInput label="Currency" placeholder="USD" maxLength={3} {...form.getInputProps('salaryCurrency')} />
          <NativeSelect label="Salary period" data={PERIOD_OPTIONS} {...form.getInputProps('salaryPeriod')} />
          <NativeSelect label="Status" data={STATUS_OPTIONS} {...form.getInputProps('status')} />
          <TextInput label="Applied on" type="date" {...form.getInputProps('appliedAt')} />
        </SimpleGrid>
        <TextInput label="Job link" type="url" placeholder="https://…" {...form.getInputProps('jobUrl')} />
        <Textarea label="Job description" autosize minRows={3} maxRows={10} {...form.getInputProps('jobDescription')} />
        <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
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
