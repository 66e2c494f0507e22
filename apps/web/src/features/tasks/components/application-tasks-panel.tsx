import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DraftFrame } from '#components/draft-frame';
import { QueryState } from '#components/query-state';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useApplicationTasks } from '../api/use-application-tasks';
import { useCreateTask } from '../api/use-create-task';
import { useTaskApplication } from '../api/use-task-application';
import { TaskForm } from './task-form';
import { TaskList } from './task-list';

/** The follow-up tasks of one application: add one with a due date, tick done, edit, delete. */
export function ApplicationTasksPanel({ applicationId }: { applicationId: string }) {
  const application = useTaskApplication(applicationId);
  const tasks = useApplicationTasks(applicationId);
  const create = useCreateTask(applicationId);
  const [added, setAdded] = useState(0);
  const name = application.data ? `${application.data.company} — ${application.data.position}` : '';

  if (application.isError) {
    return (
      <Alert color="red" variant="light" title="Could not open this application">
        {errorMessage(application.error)}
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={1}>{name ? `Tasks for ${name}` : 'Tasks'}</Title>
      <Card withBorder>
        {/* A fresh form (and draft) after each add: the form stays open for the next task. */}
        <DraftFrame key={added} draft={{ form: 'task-of-application', recordId: applicationId }}>
          {() => (
            <TaskForm
              submitLabel="Add task"
              onSubmit={async (input) => {
                const task = await create.mutateAsync(input);
                notifySuccess(`Added “${task.title}”.`);
                setAdded((n) => n + 1);
              }}
            />
          )}
        </DraftFrame>
      </Card>
      <QueryState
        query={tasks}
        compact
        loadingLabel="Loading tasks"
        errorTitle="Could not load the tasks"
        isEmpty={(list) => list.data.length === 0}
        empty={
          <Text c="dimmed" size="sm">
            No tasks yet. Add what needs doing next — a thank-you note, a follow-up call — with a due date to be
            reminded.
          </Text>
        }
      >
        {(list) => <TaskList tasks={list.data} showApplication={false} label={`Tasks for ${name}`} />}
      </QueryState>
    </Stack>
  );
}
