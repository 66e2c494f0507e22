import type { LinkedUser } from '@jobpilot/contracts';
import { Badge, Tooltip } from '@mantine/core';
import { IconLock, IconUserCheck } from '@tabler/icons-react';
import { AnchorLink } from '#components/links';

/** "On JobPilot": a link to the person's profile, or a note that it is private. */
export function LinkedUserBadge({ user }: { user: LinkedUser }) {
  if (!user.profileVisible) {
    return (
      <Tooltip label="This person is on JobPilot; their profile is private">
        <Badge variant="light" color="gray" leftSection={<IconLock size={12} />} tt="none">
          On JobPilot · profile is private
        </Badge>
      </Tooltip>
    );
  }
  return (
    <AnchorLink
      to="/people/$userId"
      params={{ userId: user.id }}
      underline="never"
      aria-label={`On JobPilot: view ${user.name ?? 'their'} profile`}
    >
      <Badge
        variant="light"
        color="teal"
        leftSection={<IconUserCheck size={12} />}
        tt="none"
        style={{ cursor: 'pointer' }}
      >
        On JobPilot
      </Badge>
    </AnchorLink>
  );
}
