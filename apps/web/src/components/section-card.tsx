import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of a page (the application's workspace, the dashboard): a `section` named by its heading. */
export function SectionCard(props: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={props.id}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title id={props.id} order={2} size="h4">
          {props.title}
        </Title>
        {props.action}
      </Group>
      {props.children}
    </Card>
  );
}
