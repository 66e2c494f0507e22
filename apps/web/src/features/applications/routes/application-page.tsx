import { type ApplicationWorkspace, ErrorCode } from '@jobpilot/contracts';
import { Alert, Badge, Box, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '#components/links';
import { QueryState } from '#components/query-state';
import { ApiRequestError } from '#lib/api-client';
import { STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';
import { useApplicationWorkspace } from '../api/use-application-workspace';
import { ActivityCard } from '../components/workspace/activity-card';
import { NotesCard } from '../components/workspace/notes-card';
import { PostingCard } from '../components/workspace/posting-card';
import { ContactsCard, DocumentsCard, InterviewsCard } from '../components/workspace/related-cards';
import { StatusCard } from '../components/workspace/status-card';
import { TasksCard } from '../components/workspace/tasks-card';
import { useDeleteWithUndo } from '../components/workspace/use-delete-with-undo';

const route = getRouteApi('/authed/applications/$applicationId');

function Workspace({ workspace }: { workspace: ApplicationWorkspace }) {
  const { application } = workspace;
  const navigate = useNavigate();
  const deleteWithUndo = useDeleteWithUndo();
  const remove = () => {
    deleteWithUndo(application);
    void navigate({ to: '/applications' });
  };
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0}>
          <Group gap="sm" wrap="wrap">
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {application.company}
            </Title>
            <Badge color={STATUS_COLORS[application.status]} variant="light">
              {STATUS_LABELS[application.status]}
            </Badge>
          </Group>
          <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
            {application.position}
          </Text>
        </Stack>
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
          Delete
        </Button>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <PostingCard application={application} />
            <NotesCard application={application} />
            <Box visibleFrom="md">
              <ActivityCard workspace={workspace} />
            </Box>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <StatusCard application={application} history={workspace.history} />
            <TasksCard applicationId={application.id} tasks={workspace.tasks} />
            <InterviewsCard interviews={workspace.interviews} />
            <ContactsCard contacts={workspace.contacts} />
            <DocumentsCard applicationId={application.id} />
            {/* On a phone the status and tasks come before the activity. */}
            <Box hiddenFrom="md">
              <ActivityCard workspace={workspace} id="activity-title-phone" />
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** `/applications/:id`: everything about one job on one page, each part edited where it is (ADR 024). */
export function ApplicationPage() {
  const { applicationId } = route.useParams();
  const query = useApplicationWorkspace(applicationId);
  const company = query.data?.application.company;
  useDocumentTitle(company ? `${company} · JobPilot` : 'Application · JobPilot');
  return (
    <Stack>
      <AnchorLink to="/applications" size="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          Applications
        </Group>
      </AnchorLink>
      <QueryState
        query={query}
        loadingLabel="Loading the application"
        errorTitle="Could not load this application"
        renderError={(error) =>
          error instanceof ApiRequestError && error.code === ErrorCode.NotFound ? (
            <Alert color="yellow" variant="light" title="Application not found">
              It may have been deleted, or the link is wrong.{' '}
              <AnchorLink to="/applications">Back to your applications</AnchorLink>
            </Alert>
          ) : undefined
        }
      >
        {(workspace) => <Workspace workspace={workspace} />}
      </QueryState>
    </Stack>
  );
}
