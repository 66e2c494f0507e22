import type { Notification } from '@jobpilot/contracts';
import { ActionIcon, Alert, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure, useWindowEvent } from '@mantine/hooks';
import { IconBell, IconSettings } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { ButtonLink } from '#components/links';
import { errorMessage } from '#lib/api-client';
import { notifyError } from '#lib/notify';
import { useMarkAllRead } from '../api/use-mark-all-read';
import { useMarkRead } from '../api/use-mark-read';
import { useNotifications } from '../api/use-notifications';
import { NotificationItem } from './notification-item';

/** The header bell: unread badge, and a dropdown with the newest notifications. */
export function NotificationBell() {
  const [opened, dropdown] = useDisclosure(false);
  // Escape closes it wherever focus is: the popover's own handler needs focus inside the list, which the focus trap
  // moves there only after the opening transition, and a refreshed list can drop it again.
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape' && opened) dropdown.close();
  });
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const router = useRouter();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.data ?? [];

  const read = (n: Notification) =>
    markRead.mutate(n.id, { onError: (error) => notifyError(error, 'Could not mark it read') });
  const open = (n: Notification) => {
    if (!n.readAt) read(n);
    dropdown.close();
    if (n.link) void router.navigate({ href: n.link });
  };
  const toggle = () => {
    if (!opened) void notifications.refetch();
    dropdown.toggle();
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? dropdown.open() : dropdown.close())}
      onDismiss={dropdown.close}
      // Focus moves into the list when it opens (so Escape closes it) and back to the bell after.
      trapFocus
      returnFocus
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal
    >
      {/* The target is the button itself: Popover puts aria-expanded on its child, not allowed on the badge's div. */}
      <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} color="red" offset={4}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)" aria-label="Notifications" role="dialog">
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={700}>Notifications</Text>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined, { onError: (e) => notifyError(e, 'Could not mark all read') })}
          >
            Mark all read
          </Button>
        </Group>
        <Divider />
        {notifications.isError && (
          <Alert color="red" m="sm">
            {errorMessage(notifications.error)}
          </Alert>
        )}
        {notifications.data && items.length === 0 && (
          <Text size="sm" c="dimmed" p="md" ta="center">
            Nothing yet. Reminders about interviews, follow-ups and tasks appear here.
          </Text>
        )}
        {items.length > 0 && (
          <ScrollArea.Autosize mah={400}>
            <Stack gap={2} p={4} role="list" aria-label="Notification list">
              {items.map((n) => (
                <NotificationItem key={n.id} notification={n} onOpen={open} onMarkRead={read} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider />
        <Group justify="center" p={4}>
          <ButtonLink
            to="/settings/notifications"
            variant="subtle"
            size="compact-sm"
            leftSection={<IconSettings size={14} />}
            onClick={dropdown.close}
          >
            Notification settings
          </ButtonLink>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
