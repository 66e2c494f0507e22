import type { Task } from '@jobpilot/contracts';
import { ActionIcon, Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { DraftFrame, useHasDraft } from '#components/draft-frame';
import { AnchorLink } from '#components/links';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteTask } from '../api/use-delete-task';
import { useUpdateTask } from '../api/use-update-task';
import { dueLabel } from './due';
import { TaskForm } from './task-form';

/** One task: tick it done, see when it is due, edit or delete it; across applications it names its own. */
export function TaskRow({ task, showApplication }: { task: Task; showApplication: boolean }) {
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const draft = { form: 'task', recordId: task.id };
  // A row with a draft (an edit left unsaved, or one that met an expired session) opens in edit.
  const [editing, setEditing] = useState(useHasDraft(draft));
  /** The ticked state shown while the change is on its way (the list updates when it is saved). */
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  const due = dueLabel(task);

  if (editing) {
    return (
      <Paper withBorder p="sm">
        <DraftFrame draft={draft} onClose={() => setEditing(false)}>
          {(requestClose, close) => (
            <TaskForm
              initial={task}
              submitLabel="Save"
              onCancel={requestClose}
              onSubmit={async (input) => {
                await update.mutateAsync({ task, input });
                close();
              }}
            />
          )}
        </DraftFrame>
      </Paper>
    );
  }

  const toggle = (value: boolean) => {
    setPendingDone(value);
    update.mutate(
      { task, input: { done: value } },
      {
        onError: (error) => notifyError(error, 'Could not update the task'),
        onSettled: () => setPendingDone(null),
      },
    );
  };
  const done = pendingDone ?? task.done;
  const del = () =>
    remove.mutate(task, {
      onSuccess: () => notifySuccess(`Deleted “${task.title}”.`),
      onError: (error) => notifyError(error, 'Could not delete the task'),
    });

  return (
    <Paper withBorder p="sm" role="listitem" aria-label={task.title}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start" miw={0}>
          <Checkbox
            mt={2}
            checked={done}
            onChange={(e) => toggle(e.currentTarget.checked)}
            aria-label={`Done: ${task.title}`}
          />
          <Stack gap={2} miw={0}>
            <Text
              td={done ? 'line-through' : undefined}
              c={done ? 'dimmed' : undefined}
              style={{ overflowWrap: 'anywhere' }}
            >
              {task.title}
            </Text>
            <Group gap="xs">
              {due && (
                <Badge size="sm" variant="light" color={due.overdue ? 'red' : 'gray'}>
                  {due.text}
                </Badge>
              )}
              {showApplication && (
                <AnchorLink to="/tasks" search={{ applicationId: task.applicationId }} size="xs">
                  {task.company} — {task.position}
                </AnchorLink>
              )}
            </Group>
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(true)} aria-label={`Edit ${task.title}`}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={del}
            aria-label={`Delete ${task.title}`}
            loading={remove.isPending}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
