import { type Dashboard, IN_PROGRESS_STATUSES } from '@jobpilot/contracts';
import { ActionIcon, Badge, Card, Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { AnchorLink } from '#components/links';
import { STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

function InProgressCard({ inProgress }: { inProgress: Dashboard['inProgress'] }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="in-progress-title">
      <Text id="in-progress-title" size="sm" c="dimmed" fw={500}>
        In progress
      </Text>
      <Text fz={36} fw={700} lh={1.2} data-testid="in-progress-total">
        {inProgress.total}
      </Text>
      <Group gap={6} mt="sm">
        {IN_PROGRESS_STATUSES.map((status) => (
          <AnchorLink key={status} to="/applications" search={{ status: [status] }} underline="never">
            <Badge color={STATUS_COLORS[status]} variant="light" style={{ cursor: 'pointer' }}>
              {STATUS_LABELS[status]} {inProgress.byStatus[status]}
            </Badge>
          </AnchorLink>
        ))}
      </Group>
    </Card>
  );
}

function ResponseRateCard({ responseRate }: { responseRate: Dashboard['responseRate'] }) {
  const { rate, applied, responded, formula } = responseRate;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="response-rate-title">
      <Group gap={4}>
        <Text id="response-rate-title" size="sm" c="dimmed" fw={500}>
          Response rate
        </Text>
        <Tooltip label={formula} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
          <ActionIcon variant="transparent" color="gray" size="sm" aria-label="How the response rate is counted">
            <IconInfoCircle size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Text fz={36} fw={700} lh={1.2} data-testid="response-rate">
        {rate === null ? '—' : percent.format(rate)}
      </Text>
      <Text size="sm" c="dimmed" mt="sm">
        {applied === 0
          ? 'No application sent yet.'
          : `${responded} of ${applied} sent ${applied === 1 ? 'application' : 'applications'} got an answer.`}
      </Text>
    </Card>
  );
}

/** The two headline numbers. */
export function StatCards({ data }: { data: Dashboard }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <InProgressCard inProgress={data.inProgress} />
      <ResponseRateCard responseRate={data.responseRate} />
    </SimpleGrid>
  );
}
