import { useDraggable, useDroppable } from '@dnd-kit/core';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '@jobpilot/contracts';
import { ActionIcon, Box, Group, Menu, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconExternalLink,
  IconHistory,
  IconMapPin,
  IconPencil,
} from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { AnchorLink } from '#components/links';
import { applicationTitle, STATUS_LABELS } from '#lib/application-format';
import { TagBadges } from '../tag-badges';
import classes from './board.module.css';

export interface CardActions {
  onHistory: (application: Application) => void;
  onMove: (application: Application, status: ApplicationStatus) => void;
  onEdit: (application: Application) => void;
  onOpen: (application: Application) => void;
  /** One place up (-1) or down (+1) in its column. */
  onStep: (application: Application, step: -1 | 1) => void;
}

/** Where the card is in its column, for the menu's Move up / Move down. */
export interface CardPlace {
  first: boolean;
  last: boolean;
}

function Place({ application }: { application: Application }) {
  return (
    <>
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
    </>
  );
}

/** What a card shows: company, position, place (the drag overlay). */
export function CardContent({ application }: { application: Application }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="sm" fw={600} truncate="end">
        {application.company}
      </Text>
      <Place application={application} />
    </Stack>
  );
}

function CardMenu({ application, place, ...actions }: CardActions & { application: Application; place: CardPlace }) {
  const title = applicationTitle(application);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${title}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconExternalLink size={14} />} onClick={() => actions.onOpen(application)}>
          Open
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onEdit(application)}>
          Edit
        </Menu.Item>
        <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => actions.onHistory(application)}>
          History
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowUp size={14} />}
          disabled={place.first}
          onClick={() => actions.onStep(application, -1)}
        >
          Move up
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={14} />}
          disabled={place.last}
          onClick={() => actions.onStep(application, 1)}
        >
          Move down
        </Menu.Item>
        <Menu.Label>Move to</Menu.Label>
        {APPLICATION_STATUSES.filter((s) => s !== application.status).map((status) => (
          <Menu.Item key={status} onClick={() => actions.onMove(application, status)}>
            {STATUS_LABELS[status]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * A draggable card, also a drop target: dropped on another card of its column it takes that card's place; on
 * another column (or a card there) it changes status. The company opens the application. With the keyboard:
 * focus the card, space, ← →, space to change column; Alt+↑ / Alt+↓ move it within its column (ADR 024).
 */
export function BoardCard({
  application,
  place,
  ...actions
}: CardActions & { application: Application; place: CardPlace }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: application.id,
    data: { application },
  });
  const drop = useDroppable({ id: `card:${application.id}`, data: { application } });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const step = event.key === 'ArrowUp' ? -1 : 1;
    if ((step === -1 && place.first) || (step === 1 && place.last)) return;
    actions.onStep(application, step);
  };
  return (
    <Paper
      ref={(node: HTMLDivElement | null) => {
        setNodeRef(node);
        drop.setNodeRef(node);
      }}
      withBorder
      p="sm"
      radius="md"
      shadow="xs"
      data-testid="board-card"
      data-over={(drop.isOver && !isDragging) || undefined}
      className={classes.card}
      style={{ opacity: isDragging ? 0.4 : 1 }}
      onKeyDown={onKeyDown}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
        <Stack gap={2} miw={0} flex={1}>
          <AnchorLink
            to="/applications/$applicationId"
            params={{ applicationId: application.id }}
            size="sm"
            fw={600}
            c="inherit"
            truncate="end"
          >
            {application.company}
          </AnchorLink>
          <Box ref={setActivatorNodeRef} {...attributes} {...listeners} miw={0} className={classes.handle}>
            {/* Its name as text, not aria-label: a label that leaves out the visible text fails WCAG 2.5.3. */}
            <VisuallyHidden>{`${applicationTitle(application)}, ${STATUS_LABELS[application.status]}`}</VisuallyHidden>
            <Box aria-hidden>
              <Place application={application} />
            </Box>
          </Box>
        </Stack>
        <CardMenu application={application} place={place} {...actions} />
      </Group>
    </Paper>
  );
}
