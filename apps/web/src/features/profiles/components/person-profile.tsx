import type { Person } from '@jobpilot/contracts';
import { Anchor, Avatar, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import { FavoriteButton } from './favorite-button';
import { formatBytes, linkLabel } from './format';
import { initials } from './person-card';

/** Another user's public profile (or one's own, as others see it). */
export function PersonProfile({ person }: { person: Person }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group wrap="nowrap" align="flex-start">
          <Avatar size="lg" radius="xl" color="blue">
            {initials(person.name)}
          </Avatar>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {person.name}
            </Title>
            {person.headline && <Text>{person.headline}</Text>}
          </div>
          {!person.isSelf && <FavoriteButton userId={person.id} name={person.name} isFavorite={person.isFavorite} />}
        </Group>
        <Stack gap={4}>
          {person.location && (
            <Group gap={6} wrap="nowrap">
              <IconMapPin size={16} />
              <Text size="sm">{person.location}</Text>
            </Group>
          )}
          {person.email && (
            <Group gap={6} wrap="nowrap">
              <IconMail size={16} />
              <Anchor size="sm" href={`mailto:${person.email}`} style={{ overflowWrap: 'anywhere' }}>
                {person.email}
              </Anchor>
            </Group>
          )}
          {person.phone && (
            <Group gap={6} wrap="nowrap">
              <IconPhone size={16} />
              <Anchor size="sm" href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>
                {person.phone}
              </Anchor>
            </Group>
          )}
        </Stack>
        {person.skills.length > 0 && (
          <div>
            <Text size="sm" fw={600} mb={4}>
              Skills
            </Text>
            <Group gap={6}>
              {person.skills.map((skill) => (
                <Badge key={skill} variant="light" tt="none">
                  {skill}
                </Badge>
              ))}
            </Group>
          </div>
        )}
        {person.links.length > 0 && (
          <div>
            <Text size="sm" fw={600} mb={4}>
              Links
            </Text>
            <Stack gap={2}>
              {person.links.map((link) => (
                <Anchor
                  key={link}
                  href={link}
                  target="_blank"
                  rel="noreferrer noopener"
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {linkLabel(link)}
                </Anchor>
              ))}
            </Stack>
          </div>
        )}
        {person.resume && (
          <Group>
            <Button
              component="a"
              href={person.resume.downloadUrl}
              download={person.resume.filename}
              variant="light"
              leftSection={<IconDownload size={16} />}
            >
              Download résumé ({formatBytes(person.resume.sizeBytes)})
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
