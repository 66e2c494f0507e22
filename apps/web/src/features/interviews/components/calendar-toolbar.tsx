import { ActionIcon, Button, Group, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { periodTitle } from './calendar-grid';

interface CalendarToolbarProps {
  view: 'month' | 'week';
  date: string;
  onMove: (step: -1 | 1) => void;
  onToday: () => void;
}

/** "‹ Today › May 2026": moves the calendar a month or a week at a time. */
export function CalendarToolbar({ view, date, onMove, onToday }: CalendarToolbarProps) {
  const unit = view === 'month' ? 'month' : 'week';
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon variant="default" onClick={() => onMove(-1)} aria-label={`Previous ${unit}`}>
        <IconChevronLeft size={16} />
      </ActionIcon>
      <Button variant="default" size="xs" onClick={onToday}>
        Today
      </Button>
      <ActionIcon variant="default" onClick={() => onMove(1)} aria-label={`Next ${unit}`}>
        <IconChevronRight size={16} />
      </ActionIcon>
      <Title order={2} size="h4" ml="xs">
        {periodTitle(view, date)}
      </Title>
    </Group>
  );
}
