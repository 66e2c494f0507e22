import { TASK_TITLE_MAX, type WorkspaceTask } from '@jobpilot/contracts';
import { ActionIcon, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { formatDateTime } from '#lib/application-format';
import { notifyError } from '#lib/notify';
import { useWorkspaceTasks } from '../../api/use-workspace-tasks';
import { SectionCard } from '#components/section-card';

/** This application's follow-up tasks: tick one off, or add one by its title. */
export function TasksCard({ applicationId, tasks }: { applicationId: string; tasks: WorkspaceTask[] }) {
  const { create, setDone } = useWorkspaceTasks(applicationId);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!title.trim()) return setError('Enter what needs doing.');
    setError(null);
    try {
      await create.mutateAsync({ title: title.trim() });
      setTitle('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
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
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label="New task"
              placeholder="Add a task, e.g. Send a thank-you note"
              value={title}
              maxLength={TASK_TITLE_MAX}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={error}
              flex={1}
              size="sm"
            />
            <ActionIcon type="submit" size="lg" variant="light" aria-label="Add task" loading={create.isPending}>
              <IconPlus size={16} />
            </ActionIcon>
          </Group>
        </form>
      </Stack>
    </SectionCard>
  );
}
