import { type CreateTaskInput, createTaskSchema, TASK_TITLE_MAX } from '@jobpilot/contracts';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { FormError } from '#components/form-error';
import { useApiForm } from '#lib/use-api-form';
import { dueFields, dueInstant } from './due';

interface TaskFormValues {
  applicationId: string;
  title: string;
  dueDate: string;
  dueTime: string;
}

interface TaskFormProps {
  initial?: { title: string; dueAt: string | null } | undefined;
  submitLabel: string;
  /** When given, the form first asks which of these applications the task is for (the Tasks page). */
  applications?: { value: string; label: string }[] | undefined;
  /** Gets the chosen application's id when `applications` is given, else ''. */
  onSubmit: (input: CreateTaskInput, applicationId: string) => Promise<unknown>;
  onCancel?: (() => void) | undefined;
  /** Empties the fields after a successful add. */
  resetOnSuccess?: boolean;
}

const toInput = (v: TaskFormValues): CreateTaskInput => ({ title: v.title, dueAt: dueInstant(v.dueDate, v.dueTime) });

/** Title, due date and optional time (09:00 when left empty); what was typed stays when saving fails. */
export function TaskForm({
  initial,
  submitLabel,
  applications,
  onSubmit,
  onCancel,
  resetOnSuccess = false,
}: TaskFormProps) {
  const due = dueFields(initial?.dueAt ?? null);
  /** The chosen application, read when sending (the request body itself has no application). */
  const chosenApplication = useRef('');
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm<TaskFormValues, CreateTaskInput>({
    initialValues: { applicationId: '', title: initial?.title ?? '', dueDate: due.date, dueTime: due.time },
    schema: createTaskSchema,
    toInput,
    validate: (values, errors) => ({
      ...errors,
      ...(values.dueTime && !values.dueDate ? { dueDate: 'Choose the day it is due' } : {}),
      ...(applications && !values.applicationId ? { applicationId: 'Choose the application this task is for' } : {}),
    }),
    submit: (input) => onSubmit(input, chosenApplication.current),
    onSuccess: (_, form) => {
      if (!resetOnSuccess) return;
      form.reset();
      chosenApplication.current = '';
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      {applications && (
        <Select
          mb="xs"
          label="Application"
          placeholder="Which application is it for?"
          data={applications}
          searchable
          required
          nothingFoundMessage="No application matches"
          {...form.getInputProps('applicationId')}
          value={form.getValues().applicationId || null}
          onChange={(id) => {
            chosenApplication.current = id ?? '';
            form.setFieldValue('applicationId', id ?? '');
          }}
        />
      )}
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label="Task"
          placeholder="Send a thank-you note"
          maxLength={TASK_TITLE_MAX}
          style={{ flex: '1 1 220px' }}
          {...form.getInputProps('title')}
        />
        <TextInput label="Due date" type="date" w={150} {...form.getInputProps('dueDate')} />
        <TextInput label="Time" type="time" w={110} {...form.getInputProps('dueTime')} />
        <Group gap="xs" mt={25} wrap="nowrap">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Group>
      <FormError message={formError} />
    </form>
  );
}
