import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card around one chart; `info` sits beside the title (e.g. how the numbers are counted). */
export function ChartCard(props: {
  id: string;
  title: string;
  info?: ReactNode;
  summary?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={props.id} miw={0}>
      <Group gap={4} mb={props.summary ? 0 : 'md'} wrap="nowrap">
        <Title id={props.id} order={2} size="h4">
          {props.title}
        </Title>
        {props.info}
      </Group>
      {props.summary && (
        <Text size="sm" c="dimmed" mb="md">
          {props.summary}
        </Text>
      )}
      {props.children}
    </Card>
  );
}
