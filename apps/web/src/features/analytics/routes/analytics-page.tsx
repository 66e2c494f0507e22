import '@mantine/charts/styles.css';
import { Alert, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { errorMessage } from '#lib/api-client';
import { formatDate } from '#lib/application-format';
import { useAnalytics } from '../api/use-analytics';
import { FamilyChart, LocationChart, StatusChart } from '../components/breakdown-charts';
import { FunnelCard } from '../components/funnel-card';
import { MonthChart } from '../components/month-chart';
import { RangeFilter } from '../components/range-filter';

const route = getRouteApi('/authed/analytics');

/** Charts over the applications of a date range (kept in the URL). */
export function AnalyticsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const analytics = useAnalytics(search);
  const data = analytics.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Analytics</Title>
        {data && <RangeFilter range={data.range} onChange={(range) => navigate({ search: range })} />}
      </Group>
      {analytics.isPending && (
        <Center py="xl">
          <Loader aria-label="Loading analytics" />
        </Center>
      )}
      {analytics.isError && (
        <Alert color="red" variant="light" title="Could not load the analytics">
          <Text size="sm">{errorMessage(analytics.error)}</Text>
          <Button size="xs" variant="light" color="red" mt="sm" onClick={() => navigate({ search: {} })}>
            Show the last 12 months
          </Button>
        </Alert>
      )}
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="analytics-total">
            {data.total === 1 ? '1 application' : `${data.total} applications`} from {formatDate(data.range.from)} to{' '}
            {formatDate(data.range.to)}
          </Text>
          <MonthChart perMonth={data.perMonth} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <FunnelCard funnel={data.funnel} />
            <StatusChart byStatus={data.byStatus} total={data.total} />
            <FamilyChart byFamily={data.byFamily} />
            <LocationChart byLocation={data.byLocation} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
