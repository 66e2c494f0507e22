import { SALARY_PERIODS } from '@jobpilot/contracts';
import { NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { STATUS_OPTIONS } from '#lib/application-format';
import type { ApplicationFormValues } from './application-form-values';

const PERIOD_OPTIONS = [
  { value: '', label: '—' },
  ...SALARY_PERIODS.map((value) => ({ value, label: `per ${value}` })),
];

const salaryProps = { min: 0, allowNegative: false, allowDecimal: false, thousandSeparator: ',' } as const;

interface ApplicationFieldsProps {
  form: UseFormReturnType<ApplicationFormValues>;
  /** `full`: the add/edit form (with status and notes); `posting`: the workspace's posting editor. */
  variant: 'full' | 'posting';
}

/** The job's fields, shared by the add/edit form and the workspace's posting editor. */
export function ApplicationFields({ form, variant }: ApplicationFieldsProps) {
  const full = variant === 'full';
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Company" required data-autofocus {...form.getInputProps('company')} />
        <TextInput label="Position" required {...form.getInputProps('position')} />
        <TextInput label="Location" placeholder="Remote, Berlin…" {...form.getInputProps('location')} />
        <TextInput label="Source" placeholder="LinkedIn, referral…" {...form.getInputProps('source')} />
        <NumberInput label="Salary from" {...salaryProps} {...form.getInputProps('salaryMin')} />
        <NumberInput label="Salary to" {...salaryProps} {...form.getInputProps('salaryMax')} />
        <TextInput label="Currency" placeholder="USD" maxLength={3} {...form.getInputProps('salaryCurrency')} />
        <NativeSelect label="Salary period" data={PERIOD_OPTIONS} {...form.getInputProps('salaryPeriod')} />
        {full && <NativeSelect label="Status" data={STATUS_OPTIONS} {...form.getInputProps('status')} />}
        <TextInput label="Applied on" type="date" {...form.getInputProps('appliedAt')} />
      </SimpleGrid>
      <TextInput label="Job link" type="url" placeholder="https://…" {...form.getInputProps('jobUrl')} />
      <Textarea
        label="Job description"
        autosize
        minRows={full ? 3 : 4}
        maxRows={full ? 10 : 16}
        {...form.getInputProps('jobDescription')}
      />
      {full && <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />}
    </>
  );
}
