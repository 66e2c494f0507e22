import type { ApplicationTag } from '@jobpilot/contracts';
import { Badge, Group } from '@mantine/core';

/** An application's tags as coloured badges; `xs` on board cards. */
export function TagBadges({ tags, size = 'sm' }: { tags: ApplicationTag[] | undefined; size?: 'xs' | 'sm' }) {
  if (!tags?.length) return null;
  return (
    <Group gap={4} mt={4} aria-label="Tags">
      {tags.map((tag) => (
        <Badge key={tag.id} color={tag.color} variant="light" size={size} radius="sm" tt="none">
          {tag.name}
        </Badge>
      ))}
    </Group>
  );
}
