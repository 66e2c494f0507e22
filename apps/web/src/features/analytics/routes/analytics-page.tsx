import { useDocumentTitle } from '@mantine/hooks';
import '@mantine/charts/styles.css';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { QueryState } from '#components/query-state';
import { errorMessage } from '#lib/api-client';
import { formatDate } from '#lib/application-format';
import { useAnalytics } from '../api/use-analytics';
import { useResumePerformance } from '../api/use-resume-performance';
import { FamilyChart, LocationChart, StatusChart } from '../components/breakdown-charts';
import { FunnelCard } from '../components/funnel-card';
import { MonthChart } from '../components/month-chart';
import { RangeFilter } from '../components/range-filter';
import { ResumePerformanceCard } from '../components/resume-performance-card';

const route = getRouteApi('/authed/analytics');

/** Charts over the applications of a date range (kept in the URL). */
export function AnalyticsPage() {
  useDocumentTitle('Analytics · JobPilot');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const analytics = useAnalytics(search);
  const performance = useResumePerformance();
  const data = analytics.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Analytics</Title>
        {data && <RangeFilter range={data.range} onChange={(range) => navigate({ search: range })} />}
      </Group>
      <QueryState
        query={analytics}
        loadingLabel="Loading analytics"
        errorTitle="Could not load the analytics"
        renderError={(error) => (
          <Alert color="red" variant="light" title="Could not load the analytics">
            <Text size="sm">{errorMessage(error)}</Text>
            <Button size="xs" variant="light" color="red" mt="sm" onClick={() => navigate({ search: {} })}>
              Show the last 12 months
            </Button>
          </Alert>
        )}
      >
        {(found) => (
          <>
            <Text size="sm" c="dimmed" data-testid="analytics-total">
              {found.total === 1 ? '1 application' : `${found.total} applications`} from {formatDate(found.range.from)}{' '}
              to {formatDate(found.range.to)}
            </Text>
            <MonthChart perMonth={found.perMonth} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <FunnelCard funnel={found.funnel} />
              <StatusChart byStatus={found.byStatus} total={found.total} />
              <FamilyChart byFamily={found.byFamily} />
              <LocationChart byLocation={found.byLocation} />
            </SimpleGrid>
            {performance.data && <ResumePerformanceCard rows={performance.data} />}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
