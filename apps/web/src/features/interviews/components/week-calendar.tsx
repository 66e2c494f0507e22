import type { Interview } from '@jobpilot/contracts';
import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { CalendarEvent } from './calendar-event';
import { byDay, weekDays } from './calendar-grid';
import { localDate } from './zoned-time';

interface WeekCalendarProps {
  date: string;
  interviews: Interview[];
  onOpen: (interview: Interview) => void;
  onAdd: (day: string) => void;
}

const heading = (day: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T12:00:00`),
  );

/** Seven day columns (stacked on a phone), each with its interviews in start order. */
export function WeekCalendar({ date, interviews, onOpen, onAdd }: WeekCalendarProps) {
  const days = byDay(interviews);
  const today = localDate(new Date());
  return (
    <SimpleGrid cols={{ base: 1, sm: 7 }} spacing="xs" role="list" aria-label="Week">
      {weekDays(date).map((day) => (
        <Paper key={day} withBorder p="xs" role="listitem" aria-label={heading(day)} miw={0}>
          <Stack gap={4}>
            <Text size="sm" fw={day === today ? 700 : 600} c={day === today ? 'blue.7' : undefined}>
              {heading(day)}
            </Text>
            {(days.get(day) ?? []).map((interview) => (
              <CalendarEvent key={interview.id} interview={interview} onOpen={onOpen} />
            ))}
            <Button
              variant="subtle"
              size="compact-xs"
              leftSection={<IconPlus size={12} />}
              onClick={() => onAdd(day)}
              aria-label={`Add interview on ${heading(day)}`}
            >
              Add
            </Button>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
