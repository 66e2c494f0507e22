import { TASK_TITLE_MAX, type WorkspaceTask } from '@jobpilot/contracts';
import { ActionIcon, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { DraftFrame } from '#components/draft-frame';
import { SectionCard } from '#components/section-card';
import { formatDateTime } from '#lib/application-format';
import { notifyError } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useWorkspaceTasks } from '../../api/use-workspace-tasks';

interface QuickAddProps {
  add: (title: string) => Promise<unknown>;
  onAdded: () => void;
  /** Focus the field on mounting: it was mounted again after an add, for the next task. */
  refocus: boolean;
}

/** One line: a task's title and Add. Its draft comes from the `DraftFrame` around it. */
function QuickAddTask({ add, onAdded, refocus }: QuickAddProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (refocus) input.current?.focus();
  }, [refocus]);
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { title: '' },
    validate: ({ title }) => (title.trim() ? {} : { title: 'Enter what needs doing.' }),
    submit: ({ title }) => add(title.trim()),
    onSuccess: onAdded,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          ref={input}
          aria-label="New task"
          placeholder="Add a task, e.g. Send a thank-you note"
          maxLength={TASK_TITLE_MAX}
          {...form.getInputProps('title')}
          error={form.errors.title ?? formError}
          flex={1}
          size="sm"
        />
        <ActionIcon type="submit" size="lg" variant="light" aria-label="Add task" loading={saving}>
          <IconPlus size={16} />
        </ActionIcon>
      </Group>
    </form>
  );
}

/** This application's follow-up tasks: tick one off, or add one by its title (kept as a draft until added). */
export function TasksCard({ applicationId, tasks }: { applicationId: string; tasks: WorkspaceTask[] }) {
  const { create, setDone } = useWorkspaceTasks(applicationId);
  const [added, setAdded] = useState(0);
  return (
    <SectionCard id="tasks-title" title="Tasks">
      <Stack gap="xs">
        {tasks.length === 0 && (
          <Text size="sm" c="dimmed">
            No tasks yet.
          </Text>
        )}
        {tasks.map((task) => (
          <Checkbox
            key={task.id}
            checked={task.done}
            onChange={(e) =>
              setDone.mutate(
                { taskId: task.id, done: e.currentTarget.checked },
                { onError: (err) => notifyError(err, 'Could not save the task') },
              )
            }
            label={
              <Text size="sm" td={task.done ? 'line-through' : undefined}>
                {task.title}
              </Text>
            }
            description={task.dueAt ? `Due ${formatDateTime(task.dueAt)}` : undefined}
          />
        ))}
        {/* A fresh form (and draft) after each add: the field stays for the next task (ADR 033). */}
        <DraftFrame key={added} draft={{ form: 'workspace-task', recordId: applicationId }}>
          {() => (
            <QuickAddTask
              add={(title) => create.mutateAsync({ title })}
              onAdded={() => setAdded((n) => n + 1)}
              refocus={added > 0}
            />
          )}
        </DraftFrame>
      </Stack>
    </SectionCard>
  );
}
