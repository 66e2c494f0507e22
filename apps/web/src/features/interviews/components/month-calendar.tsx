import type { Interview } from '@jobpilot/contracts';
import { Badge, Box, Stack, Text, UnstyledButton } from '@mantine/core';
import { CalendarEvent } from './calendar-event';
import { byDay, isSameMonth, monthWeeks } from './calendar-grid';
import { localDate } from './zoned-time';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const grid = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' } as const;

interface MonthCalendarProps {
  date: string;
  interviews: Interview[];
  onOpen: (interview: Interview) => void;
  onAdd: (day: string) => void;
  onShowWeek: (day: string) => void;
}

const dayLabel = (day: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' }).format(new Date(`${day}T12:00:00`));

/**
 * A month as weeks of seven days (Monday first). Wide screens list each day's interviews; on a phone a
 * day shows how many there are, and tapping it opens that week.
 */
export function MonthCalendar({ date, interviews, onOpen, onAdd, onShowWeek }: MonthCalendarProps) {
  const days = byDay(interviews);
  const today = localDate(new Date());
  return (
    <Box role="grid" aria-label="Month" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Box role="row" style={grid}>
        {WEEKDAYS.map((name) => (
          <Text key={name} role="columnheader" size="xs" fw={600} c="dimmed" ta="center" py={4}>
            {name}
          </Text>
        ))}
      </Box>
      {monthWeeks(date).map((week) => (
        <Box role="row" key={week[0]} style={grid}>
          {week.map((day, column) => {
            const items = days.get(day) ?? [];
            const inMonth = isSameMonth(day, date);
            return (
              <Stack
                key={day}
                role="gridcell"
                aria-label={dayLabel(day)}
                gap={2}
                p={4}
                mih={{ base: 56, sm: 104 }}
                bg={inMonth ? undefined : 'gray.0'}
                style={{
                  borderTop: '1px solid var(--mantine-color-gray-3)',
                  borderLeft: column > 0 ? '1px solid var(--mantine-color-gray-2)' : undefined,
                  minWidth: 0,
                }}
              >
                <UnstyledButton
                  onClick={() => onAdd(day)}
                  aria-label={`Add interview on ${dayLabel(day)}`}
                  style={{ alignSelf: 'flex-start' }}
                >
                  <Text
                    size="xs"
                    fw={day === today ? 700 : 400}
                    c={day === today ? 'blue.7' : inMonth ? undefined : 'dimmed'}
                  >
                    {Number(day.slice(8))}
                  </Text>
                </UnstyledButton>
                <Stack gap={2} visibleFrom="sm">
                  {items.map((interview) => (
                    <CalendarEvent key={interview.id} interview={interview} onOpen={onOpen} />
                  ))}
                </Stack>
                {items.length > 0 && (
                  <UnstyledButton
                    hiddenFrom="sm"
                    onClick={() => onShowWeek(day)}
                    aria-label={`${items.length} on ${dayLabel(day)}`}
                  >
                    <Badge size="xs" circle>
                      {items.length}
                    </Badge>
                  </UnstyledButton>
                )}
              </Stack>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
