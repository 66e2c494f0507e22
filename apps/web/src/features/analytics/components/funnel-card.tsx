import type { Analytics } from '@jobpilot/contracts';
import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { ChartCard } from './chart-card';

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const days = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const formatRate = (rate: number | null) => (rate === null ? '—' : percent.format(rate));
const formatDays = (value: number | null, samples: number) =>
  value === null
    ? 'no timing yet'
    : `median ${days.format(value)} ${value === 1 ? 'day' : 'days'} (${samples} ${samples === 1 ? 'application' : 'applications'})`;

function Stage({ label, count, of, color }: { label: string; count: number; of: number; color: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" fw={600} data-testid={`funnel-${label.toLowerCase()}`}>
          {count}
        </Text>
      </Group>
      <Progress value={of > 0 ? (100 * count) / of : 0} color={color} size="lg" aria-label={`${label}: ${count}`} />
    </Stack>
  );
}

function Step({ rate, timing }: { rate: number | null; timing: string }) {
  return (
    <Group gap="xs" c="dimmed" wrap="nowrap">
      <IconArrowDown size={16} aria-hidden />
      <Text size="sm">
        <Text span fw={600} c="var(--mantine-color-text)">
          {formatRate(rate)}
        </Text>{' '}
        moved on · {timing}
      </Text>
    </Group>
  );
}

/** Applied → interview → offer: how many reached each stage, how many moved on, and how long it took. */
export function FunnelCard({ funnel }: { funnel: Analytics['funnel'] }) {
  return (
    <ChartCard
      id="funnel-title"
      title="Funnel"
      summary={`From the status history: a stage counts once an application reached it, even if it moved on later. ${formatRate(funnel.appliedToOffer)} of applications led to an offer.`}
    >
      <Stack gap="sm">
        <Stage label="Applied" count={funnel.applied} of={funnel.applied} color="blue.6" />
        <Step
          rate={funnel.appliedToInterview}
          timing={formatDays(funnel.medianDaysAppliedToInterview, funnel.appliedToInterviewSamples)}
        />
        <Stage label="Interview" count={funnel.interview} of={funnel.applied} color="violet.6" />
        <Step
          rate={funnel.interviewToOffer}
          timing={formatDays(funnel.medianDaysInterviewToOffer, funnel.interviewToOfferSamples)}
        />
        <Stage label="Offer" count={funnel.offer} of={funnel.applied} color="teal.6" />
      </Stack>
    </ChartCard>
  );
}
