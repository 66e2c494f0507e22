import { EmptyState, SimpleGrid, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { ButtonLink } from '#components/links';
import { QueryState } from '#components/query-state';
import { useDashboard } from '../api/use-dashboard';
import { RecentApplications, TasksDue, UpcomingInterviews } from '../components/dashboard-lists';
import { StatCards } from '../components/stat-cards';

/** The home page of a signed-in person: where the search stands, and what is next. */
export function DashboardPage() {
  useDocumentTitle('Dashboard · JobPilot');
  const dashboard = useDashboard();
  return (
    <Stack>
      <Title order={1}>Dashboard</Title>
      <QueryState query={dashboard} loadingLabel="Loading the dashboard" errorTitle="Could not load the dashboard">
        {(data) => (
          <>
            {data.recentApplications.length === 0 && (
              <EmptyState
                title="Start tracking your job search"
                description="Add the jobs you are interested in; this page then shows where each one stands."
              >
                <ButtonLink to="/applications">Add your first application</ButtonLink>
              </EmptyState>
            )}
            <StatCards data={data} />
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <UpcomingInterviews interviews={data.upcomingInterviews} />
              <TasksDue tasks={data.tasksDue} />
              <RecentApplications applications={data.recentApplications} />
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
