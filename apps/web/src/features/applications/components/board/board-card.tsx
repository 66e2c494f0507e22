import { useDraggable } from '@dnd-kit/core';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '@jobpilot/contracts';
import { ActionIcon, Box, Group, Menu, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconHistory, IconMapPin } from '@tabler/icons-react';
import { applicationTitle, STATUS_LABELS } from '#lib/application-format';
import { TagBadges } from '../tag-badges';
import classes from './board.module.css';

export interface CardActions {
  onHistory: (application: Application) => void;
  onMove: (application: Application, status: ApplicationStatus) => void;
}

/** What a card shows: company, position, place. */
export function CardContent({ application }: { application: Application }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="sm" fw={600} truncate="end">
        {application.company}
      </Text>
      <Text size="sm" lineClamp={2}>
        {application.position}
      </Text>
      {application.location && (
        <Group gap={4} wrap="nowrap" c="dimmed">
          <IconMapPin size={12} aria-hidden />
          <Text size="xs" truncate="end">
            {application.location}
          </Text>
        </Group>
      )}
      <TagBadges tags={application.tags} size="xs" />
    </Stack>
  );
}

function CardMenu({ application, onHistory, onMove }: CardActions & { application: Application }) {
  const title = applicationTitle(application);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${title}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => onHistory(application)}>
          History
        </Menu.Item>
        <Menu.Label>Move to</Menu.Label>
        {APPLICATION_STATUSES.filter((s) => s !== application.status).map((status) => (
          <Menu.Item key={status} onClick={() => onMove(application, status)}>
            {STATUS_LABELS[status]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * A draggable card. Its content is the drag handle: drag it with the mouse, or focus it and press space, move
 * with ← →, and press space again. The menu beside it offers the history and the same moves without dragging.
 */
export function BoardCard({ application, ...actions }: CardActions & { application: Application }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: application.id,
    data: { application },
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      radius="md"
      shadow="xs"
      data-testid="board-card"
      style={{ opacity: isDragging ? 0.4 : 1 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
        <Box ref={setActivatorNodeRef} {...attributes} {...listeners} flex={1} miw={0} className={classes.handle}>
          {/* Its name as text, not aria-label: a label that leaves out the visible text fails WCAG 2.5.3. */}
          <VisuallyHidden>{`${applicationTitle(application)}, ${STATUS_LABELS[application.status]}`}</VisuallyHidden>
          <Box aria-hidden>
            <CardContent application={application} />
          </Box>
        </Box>
        <CardMenu application={application} {...actions} />
      </Group>
    </Paper>
  );
}
