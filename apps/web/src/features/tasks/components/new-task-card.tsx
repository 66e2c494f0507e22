import { Card, Group, Loader, Text, Title } from '@mantine/core';
import { DraftFrame } from '#components/draft-frame';
import { AnchorLink } from '#components/links';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useAddTask } from '../api/use-add-task';
import { useApplicationChoices } from '../api/use-application-choices';
import { TaskForm } from './task-form';

/**
 * The Tasks page's New task: which application it is for, what, and when it is due. Without any
 * application yet it says where to add one first (a task always belongs to an application, ADR 029).
 */
export function NewTaskCard({ onClose }: { onClose: () => void }) {
  const choices = useApplicationChoices(true);
  const add = useAddTask();
  const applications = (choices.data ?? []).map((a) => ({ value: a.id, label: `${a.company} — ${a.position}` }));

  return (
    <Card withBorder component="section" aria-labelledby="new-task-title">
      <Title id="new-task-title" order={2} size="h4" mb="sm">
        New task
      </Title>
      {choices.isPending ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">Loading your applications…</Text>
        </Group>
      ) : choices.isError ? (
        <Text size="sm" c="red">
          Could not load your applications: {errorMessage(choices.error)}
        </Text>
      ) : applications.length === 0 ? (
        <Text size="sm">
          A task is a next step for an application.{' '}
          <AnchorLink to="/applications">Add your first application</AnchorLink>, then its tasks.
        </Text>
      ) : (
        <DraftFrame draft={{ form: 'task' }} onClose={onClose}>
          {(requestClose, close) => (
            <TaskForm
              applications={applications}
              submitLabel="Add task"
              onCancel={requestClose}
              onSubmit={async (input, applicationId) => {
                const task = await add.mutateAsync({ applicationId, input });
                notifySuccess(`Added “${task.title}” for ${task.company} — ${task.position}.`);
                close();
              }}
            />
          )}
        </DraftFrame>
      )}
    </Card>
  );
}
