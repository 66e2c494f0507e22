import type { OutboxMessage } from '@jobpilot/contracts';
import { Card, Group, Text, Title } from '@mantine/core';
import { LinkifiedText } from './linkified-text';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function OutboxMessageCard({ message }: { message: OutboxMessage }) {
  return (
    <Card withBorder radius="md" component="article" aria-label={message.subject}>
      <Title order={2} size="h4">
        {message.subject}
      </Title>
      <Group gap="xs" mt={4} mb="sm">
        <Text size="sm" c="dimmed">
          To {message.to}
        </Text>
        <Text size="sm" c="dimmed">
          · {dateTime.format(new Date(message.createdAt))}
        </Text>
      </Group>
      <LinkifiedText text={message.text} />
    </Card>
  );
}
