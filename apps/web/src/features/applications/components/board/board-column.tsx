import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '#components/links';
import { STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';
import type { BoardColumn as Column } from '../../api/use-board-applications';
import classes from './board.module.css';
import { BoardCard, type CardActions } from './board-card';

/** One status: its header with the count, then its cards; the whole column is the drop target. */
export function BoardColumn({ column, ...actions }: CardActions & { column: Column }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const label = STATUS_LABELS[column.status];
  const hidden = column.total - column.applications.length;
  return (
    <Stack
      ref={setNodeRef}
      component="section"
      aria-label={`${label}, ${column.total}`}
      gap="xs"
      p="xs"
      className={classes.column}
      data-over={isOver || undefined}
      data-testid={`column-${column.status}`}
    >
      <Group justify="space-between" wrap="nowrap" px={4} py={4}>
        <Title order={2} size="h5">
          {label}
        </Title>
        <Badge color={STATUS_COLORS[column.status]} variant="light" aria-label={`${column.total} applications`}>
          {column.total}
        </Badge>
      </Group>
      {column.applications.map((application, i) => (
        <BoardCard
          key={application.id}
          application={application}
          place={{ first: i === 0, last: i === column.applications.length - 1 }}
          {...actions}
        />
      ))}
      {column.total === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          Nothing here yet
        </Text>
      )}
      {hidden > 0 && (
        <Text size="xs" c="dimmed" ta="center">
          {hidden} more —{' '}
          <AnchorLink to="/applications" search={{ status: [column.status] }} size="xs">
            see all in the table
          </AnchorLink>
        </Text>
      )}
    </Stack>
  );
}
