import type { TaskDueFilter } from '@jobpilot/contracts';
import { Alert, Center, Group, Loader, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { errorMessage } from '#lib/api-client';
import { useTasks } from '../api/use-tasks';
import { TaskList } from './task-list';

const DUE_OPTIONS: { value: TaskDueFilter; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'all', label: 'All' },
];

interface AllTasksProps {
  due: TaskDueFilter;
  showDone: boolean;
  onChange: (changes: { due?: TaskDueFilter; showDone?: boolean }) => void;
}

/** Every application's tasks, filtered by when they are due; done ones only on request. */
export function AllTasks({ due, showDone, onChange }: AllTasksProps) {
  const tasks = useTasks({ due, done: showDone ? undefined : false });
  return (
    <Stack>
      <Title order={1}>Tasks</Title>
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label="Due"
          value={due}
          data={DUE_OPTIONS}
          onChange={(value) => onChange({ due: value as TaskDueFilter })}
        />
        <Switch
          label="Show done"
          checked={showDone}
          onChange={(e) => onChange({ showDone: e.currentTarget.checked })}
        />
      </Group>
      {tasks.isPending && (
        <Center py="md">
          <Loader size="sm" aria-label="Loading tasks" />
        </Center>
      )}
      {tasks.isError && <Alert color="red">{errorMessage(tasks.error)}</Alert>}
      {tasks.data?.data.length === 0 && (
        <Text c="dimmed" size="sm">
          Nothing here. Add tasks to an application from its ⋯ menu on the Applications page.
        </Text>
      )}
      {tasks.data && tasks.data.data.length > 0 && <TaskList tasks={tasks.data.data} showApplication label="Tasks" />}
    </Stack>
  );
}
