import { type CreateTaskInput, createTaskSchema, TASK_TITLE_MAX } from '@jobpilot/contracts';
import { Button, Group, TextInput } from '@mantine/core';
import { FormError } from '#components/form-error';
import { useApiForm } from '#lib/use-api-form';
import { dueFields, dueInstant } from './due';

interface TaskFormValues {
  title: string;
  dueDate: string;
  dueTime: string;
}

interface TaskFormProps {
  initial?: { title: string; dueAt: string | null } | undefined;
  submitLabel: string;
  onSubmit: (input: CreateTaskInput) => Promise<unknown>;
  onCancel?: (() => void) | undefined;
  /** Empties the fields after a successful add. */
  resetOnSuccess?: boolean;
}

const toInput = (v: TaskFormValues): CreateTaskInput => ({ title: v.title, dueAt: dueInstant(v.dueDate, v.dueTime) });

/** Title, due date and optional time (09:00 when left empty); what was typed stays when saving fails. */
export function TaskForm({ initial, submitLabel, onSubmit, onCancel, resetOnSuccess = false }: TaskFormProps) {
  const due = dueFields(initial?.dueAt ?? null);
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm<TaskFormValues, CreateTaskInput>({
    initialValues: { title: initial?.title ?? '', dueDate: due.date, dueTime: due.time },
    schema: createTaskSchema,
    toInput,
    validate: (values, errors) =>
      values.dueTime && !values.dueDate ? { ...errors, dueDate: 'Choose the day it is due' } : errors,
    submit: onSubmit,
    onSuccess: (_, form) => {
      if (resetOnSuccess) form.reset();
    },
  });

  return (
    <form onSubmit={submit} noValidate>
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
