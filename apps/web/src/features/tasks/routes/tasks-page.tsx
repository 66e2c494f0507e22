import { Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '#components/links';
import { AllTasks } from '../components/all-tasks';
import { ApplicationTasksPanel } from '../components/application-tasks-panel';

const route = getRouteApi('/authed/tasks');

/** `/tasks`: all tasks, or with `applicationId` the tasks panel of that application (from its row menu). */
export function TasksPage() {
  useDocumentTitle('Tasks · JobPilot');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  if (search.applicationId) {
    return (
      <Stack>
        <Group>
          <AnchorLink to="/applications" size="sm">
            <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> Applications
          </AnchorLink>
          <AnchorLink to="/tasks" size="sm">
            All tasks
          </AnchorLink>
        </Group>
        <ApplicationTasksPanel applicationId={search.applicationId} />
      </Stack>
    );
  }
  return (
    <AllTasks
      due={search.due ?? 'upcoming'}
      showDone={search.showDone ?? false}
      onChange={(changes) => navigate({ search: (previous) => ({ ...previous, ...changes }) })}
    />
  );
}
