import { Alert, Button, Center, EmptyState, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ButtonLink } from '#components/links';
import { errorMessage } from '#lib/api-client';
import { useDashboard } from '../api/use-dashboard';
import { RecentApplications, TasksDue, UpcomingInterviews } from '../components/dashboard-lists';
import { StatCards } from '../components/stat-cards';

/** The home page of a signed-in person: where the search stands, and what is next. */
export function DashboardPage() {
  const dashboard = useDashboard();
  const data = dashboard.data;
  return (
    <Stack>
      <Title order={1}>Dashboard</Title>
      {dashboard.isPending && (
        <Center py="xl">
          <Loader aria-label="Loading the dashboard" />
        </Center>
      )}
      {dashboard.isError && (
        <Alert color="red" variant="light" title="Could not load the dashboard">
          <Text size="sm">{errorMessage(dashboard.error)}</Text>
          <Button size="xs" variant="light" color="red" mt="sm" onClick={() => dashboard.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {data && data.recentApplications.length === 0 && (
        <EmptyState
          title="Start tracking your job search"
          description="Add the jobs you are interested in; this page then shows where each one stands."
        >
          <ButtonLink to="/applications">Add your first application</ButtonLink>
        </EmptyState>
      )}
      {data && (
        <>
          <StatCards data={data} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <UpcomingInterviews interviews={data.upcomingInterviews} />
            <TasksDue tasks={data.tasksDue} />
            <RecentApplications applications={data.recentApplications} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
