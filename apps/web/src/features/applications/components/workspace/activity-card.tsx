import type { ApplicationWorkspace } from '@jobpilot/contracts';
import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconListCheck, IconProgress } from '@tabler/icons-react';
import { SectionCard } from '#components/section-card';
import { formatDateTime } from '#lib/application-format';
import { type ActivityItem, buildActivity } from './activity';

const ICONS: Record<ActivityItem['kind'], typeof IconCheck> = {
  status: IconProgress,
  interview: IconCalendarEvent,
  'task-added': IconListCheck,
  'task-done': IconCheck,
};

/** What happened, newest first. */
export function ActivityCard({ workspace, id = 'activity-title' }: { workspace: ApplicationWorkspace; id?: string }) {
  const items = buildActivity(workspace, formatDateTime);
  return (
    <SectionCard id={id} title="Activity">
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Activity">
        {items.map((item) => {
          const Icon = ICONS[item.kind];
          return (
            <Group key={item.key} component="li" gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size="sm" radius="xl" aria-hidden>
                <Icon size={12} />
              </ThemeIcon>
              <Stack gap={0} miw={0}>
                <Text size="sm">{item.text}</Text>
                <Text size="xs" c="dimmed">
                  <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                </Text>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </SectionCard>
  );
}
