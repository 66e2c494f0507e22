import type { Task } from '@jobpilot/contracts';
import { Stack } from '@mantine/core';
import { TaskRow } from './task-row';

export function TaskList({
  tasks,
  showApplication,
  label,
}: {
  tasks: Task[];
  showApplication: boolean;
  label: string;
}) {
  return (
    <Stack gap="xs" role="list" aria-label={label}>
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} showApplication={showApplication} />
      ))}
    </Stack>
  );
}
