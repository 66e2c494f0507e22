import type { PersonSummary } from '@jobpilot/contracts';
import { Avatar, Badge, Card, Group, Text } from '@mantine/core';
import { AnchorLink } from '#components/links';
import { FavoriteButton } from './favorite-button';

export function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join('') || '?'
  );
}

/** One person in a search result or the favourites: name (to the profile), headline, location, star. */
export function PersonCard({ person }: { person: PersonSummary }) {
  return (
    <Card withBorder padding="md" aria-label={person.name} component="article">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Avatar radius="xl" color="blue">
          {initials(person.name)}
        </Avatar>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6}>
            <AnchorLink
              to="/people/$userId"
              params={{ userId: person.id }}
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
            >
              {person.name}
            </AnchorLink>
            {person.isSelf && (
              <Badge size="xs" variant="light" color="gray">
                You
              </Badge>
            )}
          </Group>
          {person.headline && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {person.headline}
            </Text>
          )}
          {person.location && (
            <Text size="xs" c="dimmed">
              {person.location}
            </Text>
          )}
        </div>
        {!person.isSelf && <FavoriteButton userId={person.id} name={person.name} isFavorite={person.isFavorite} />}
      </Group>
    </Card>
  );
}
