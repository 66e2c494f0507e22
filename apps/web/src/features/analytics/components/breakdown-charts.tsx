import { type Analytics, TITLE_FAMILY_RULES, type TitleFamilyRule } from '@jobpilot/contracts';
import { BarChart, DonutChart } from '@mantine/charts';
import { ActionIcon, Badge, Group, List, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure, useWindowEvent } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';
import { ChartCard } from './chart-card';

const EMPTY = 'No applications in this range.';

export function StatusChart({ byStatus, total }: { byStatus: Analytics['byStatus']; total: number }) {
  const data = byStatus
    .filter((s) => s.count > 0)
    .map((s) => ({ name: STATUS_LABELS[s.status], value: s.count, color: `${STATUS_COLORS[s.status]}.6` }));
  return (
    <ChartCard id="by-status-title" title="By status" summary="Where the applications of this range stand now.">
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {EMPTY}
        </Text>
      ) : (
        <Group justify="center" gap="xl" wrap="wrap">
          <DonutChart
            data={data}
            chartLabel={total}
            size={180}
            thickness={28}
            withTooltip
            tooltipDataSource="segment"
          />
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {byStatus
              .filter((s) => s.count > 0)
              .map((s) => (
                <Group key={s.status} component="li" gap="xs">
                  <Badge color={STATUS_COLORS[s.status]} variant="light" w={96}>
                    {STATUS_LABELS[s.status]}
                  </Badge>
                  <Text size="sm">{s.count}</Text>
                </Group>
              ))}
          </Stack>
        </Group>
      )}
    </ChartCard>
  );
}

/** One pass of the family rules, in the order its rules are tried. */
function FamilyRuleList({ kind, title }: { kind: TitleFamilyRule['kind']; title: string }) {
  return (
    <>
      <Text size="xs" fw={600} mt="xs" mb={4}>
        {title}
      </Text>
      <List size="xs" spacing={4} type="ordered">
        {TITLE_FAMILY_RULES.filter((rule) => rule.kind === kind).map((rule) => (
          <List.Item key={rule.family}>
            <b>{rule.family}</b>: {rule.keywords.join(', ')}
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** How titles become families: the rules, in the order they are tried. */
function FamilyRules() {
  const [opened, { toggle, open, close }] = useDisclosure(false);
  // Escape closes it wherever the focus is (on the button, or inside once the focus trap moved it there).
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? open() : close())}
      width={340}
      position="bottom-start"
      withArrow
      shadow="md"
      trapFocus
    >
      <Popover.Target>
        <ActionIcon variant="transparent" color="gray" size="sm" aria-label="How titles are grouped" onClick={toggle}>
          <IconInfoCircle size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          Each title goes to the first rule below with one of its words (case, accents and hyphens ignored). Role words
          are tried first, so a role word anywhere in the title wins over any technology word; titles matching none
          count as Other.
        </Text>
        <FamilyRuleList kind="role" title="1. Role words" />
        <FamilyRuleList kind="technology" title="2. Then technology and subject words" />
      </Popover.Dropdown>
    </Popover>
  );
}

/** Horizontal bars, tall enough for every label. */
function Bars({ data, dataKey, color }: { data: Record<string, string | number>[]; dataKey: string; color: string }) {
  return (
    <BarChart
      h={Math.max(120, data.length * 36 + 40)}
      data={data}
      dataKey={dataKey}
      orientation="vertical"
      yAxisProps={{ width: 110 }}
      xAxisProps={{ allowDecimals: false }}
      gridAxis="x"
      series={[{ name: 'count', label: 'Applications', color }]}
    />
  );
}

export function FamilyChart({ byFamily }: { byFamily: Analytics['byFamily'] }) {
  return (
    <ChartCard
      id="by-family-title"
      title="By position"
      info={<FamilyRules />}
      summary="Titles grouped into families such as Frontend, Backend, DevOps, Data, Design and Product."
    >
      {byFamily.length === 0 ? (
        <Text size="sm" c="dimmed">
          {EMPTY}
        </Text>
      ) : (
        <Bars data={byFamily} dataKey="family" color="indigo.6" />
      )}
    </ChartCard>
  );
}

export function LocationChart({ byLocation }: { byLocation: Analytics['byLocation'] }) {
  return (
    <ChartCard
      id="by-location-title"
      title="By location"
      summary="Remote when the location mentions remote work; otherwise its first part that names a place, e.g. the city."
    >
      {byLocation.length === 0 ? (
        <Text size="sm" c="dimmed">
          {EMPTY}
        </Text>
      ) : (
        <Bars data={byLocation} dataKey="location" color="teal.6" />
      )}
    </ChartCard>
  );
}
