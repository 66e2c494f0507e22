import type { Notification } from '@jobpilot/contracts';
import { ActionIcon, Box, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { relativeTime } from './relative-time';

interface NotificationItemProps {
  notification: Notification;
  onOpen: (n: Notification) => void;
  onMarkRead: (n: Notification) => void;
}

/** One entry: unread ones are bold with a dot; clicking opens its link, the tick marks it read. */
export function NotificationItem({ notification: n, onOpen, onMarkRead }: NotificationItemProps) {
  const unread = n.readAt === null;
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      p="xs"
      role="listitem"
      aria-label={`${unread ? 'Unread: ' : ''}${n.title}`}
      bg={unread ? 'blue.0' : undefined}
      style={{ borderRadius: 6 }}
    >
      <Box
        mt={6}
        w={8}
        h={8}
        style={{ flex: 'none', borderRadius: 4, background: unread ? 'var(--mantine-color-blue-6)' : 'transparent' }}
      />
      <UnstyledButton onClick={() => onOpen(n)} style={{ flex: 1, minWidth: 0 }}>
        <Stack gap={2}>
          <Text size="sm" fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
            {n.title}
          </Text>
          {n.body && (
            <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              {n.body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            <time dateTime={n.createdAt}>{relativeTime(n.createdAt)}</time>
          </Text>
        </Stack>
      </UnstyledButton>
      {unread && (
        <Tooltip label="Mark read">
          <ActionIcon variant="subtle" size="sm" onClick={() => onMarkRead(n)} aria-label={`Mark read: ${n.title}`}>
            <IconCheck size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
