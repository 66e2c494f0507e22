import type { TaskDueFilter } from '@jobpilot/contracts';
import { Button, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryState } from '#components/query-state';
import { useResumeDraft } from '#lib/use-resume-draft';
import { useTasks } from '../api/use-tasks';
import { NewTaskCard } from './new-task-card';
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

/** Every application's tasks, filtered by when they are due; done ones only on request; New task adds one. */
export function AllTasks({ due, showDone, onChange }: AllTasksProps) {
  const tasks = useTasks({ due, done: showDone ? undefined : false });
  const [adding, setAdding] = useState(false);
  // Back after signing in again (a new task met an expired session): New task opens with its draft.
  useResumeDraft('task', (recordId) => recordId === null && setAdding(true));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Tasks</Title>
        {!adding && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            New task
          </Button>
        )}
      </Group>
      {adding && <NewTaskCard onClose={() => setAdding(false)} />}
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
      <QueryState
        query={tasks}
        compact
        loadingLabel="Loading tasks"
        errorTitle="Could not load your tasks"
        isEmpty={(list) => list.data.length === 0}
        empty={
          <Text c="dimmed" size="sm">
            Nothing here. Add one with New task, or from an application’s ⋯ menu on the Applications page.
          </Text>
        }
      >
        {(list) => <TaskList tasks={list.data} showApplication label="Tasks" />}
      </QueryState>
    </Stack>
  );
}
