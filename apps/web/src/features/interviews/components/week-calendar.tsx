import type { Interview } from '@jobpilot/contracts';
import { Box, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { daySegments, layoutDay, type PlacedSegment, weekDays } from './calendar-grid';
import { interviewTitle, localTime, TYPE_COLORS } from './format';
import { localDate } from './zoned-time';

interface WeekCalendarProps {
  date: string;
  interviews: Interview[];
  onOpen: (interview: Interview) => void;
  onAdd: (day: string) => void;
}

/** Height of one hour on the grid; 30 minutes is one line of text. */
const HOUR = 48;
const GUTTER = 56;
/** Below this the seven days scroll sideways (inside the calendar, never the page). */
const MIN_WIDTH = 720;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const columns = `${GUTTER}px repeat(7, minmax(0, 1fr))`;
const line = '1px solid var(--mantine-color-default-border)';

const heading = (day: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${day}T12:00:00`),
  );
const hourLabel = (h: number) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).format(new Date(2000, 0, 1, h));

function TimedEvent({ segment, onOpen }: { segment: PlacedSegment; onOpen: (i: Interview) => void }) {
  const { interview } = segment;
  const color = TYPE_COLORS[interview.type];
  const minutes = segment.endMinute - segment.startMinute;
  const end = new Date(new Date(interview.scheduledAt).getTime() + interview.durationMinutes * 60_000);
  return (
    <UnstyledButton
      onClick={() => onOpen(interview)}
      aria-label={`${localTime(interview.scheduledAt)} ${interviewTitle(interview)}`}
      title={`${localTime(interview.scheduledAt)}–${localTime(end.toISOString())} ${interviewTitle(interview)}`}
      data-minutes={minutes}
      style={{
        position: 'absolute',
        top: (segment.startMinute / 60) * HOUR,
        height: Math.max((minutes / 60) * HOUR, 18) - 2,
        left: `calc(${(segment.column / segment.columns) * 100}% + 2px)`,
        width: `calc(${100 / segment.columns}% - 4px)`,
        overflow: 'hidden',
        padding: '1px 4px',
        background: `var(--mantine-color-${color}-light)`,
        borderLeft: `3px solid var(--mantine-color-${color}-filled)`,
        borderRadius: 4,
        zIndex: 1,
      }}
    >
      <Text size="xs" lh={1.25} style={{ overflowWrap: 'anywhere' }}>
        <b>{segment.continuesFromBefore ? '…' : localTime(interview.scheduledAt)}</b> {interview.company}
      </Text>
      {minutes >= 60 && (
        <Text size="xs" lh={1.25} c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {interview.position}
        </Text>
      )}
    </UnstyledButton>
  );
}

/**
 * A week as seven day columns over a 24-hour grid: each interview sits at its start and is as tall as it
 * lasts; overlapping ones stand side by side. Scrolls to the first interview (or 08:00); on a phone the
 * days scroll sideways with the hours kept in view. Clicking a day's heading adds one on that day.
 */
export function WeekCalendar({ date, interviews, onOpen, onAdd }: WeekCalendarProps) {
  const days = weekDays(date);
  const segments = daySegments(interviews, days);
  const today = localDate(new Date());
  const scroller = useRef<HTMLDivElement>(null);
  const firstMinute = Math.min(...[...segments.values()].flat().map((s) => s.startMinute), 8 * 60);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = Math.max(0, (firstMinute / 60 - 0.5) * HOUR);
  }, [firstMinute]);

  return (
    <Box
      ref={scroller}
      style={{ border: line, borderRadius: 8, overflow: 'auto', maxHeight: 'min(70vh, 720px)' }}
      data-testid="week-scroller"
    >
      <Box miw={MIN_WIDTH}>
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: columns,
            position: 'sticky',
            top: 0,
            zIndex: 3,
            background: 'var(--mantine-color-body)',
            borderBottom: line,
          }}
        >
          <Box style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }} />
          {days.map((day) => (
            <UnstyledButton
              key={day}
              onClick={() => onAdd(day)}
              aria-label={`Add interview on ${heading(day)}`}
              py={6}
              ta="center"
              style={{ borderLeft: line }}
            >
              <Text size="sm" fw={day === today ? 700 : 600} c={day === today ? 'blue.7' : undefined}>
                {heading(day)}
              </Text>
            </UnstyledButton>
          ))}
        </Box>
        <Box role="list" aria-label="Week" style={{ display: 'grid', gridTemplateColumns: columns }}>
          <Box aria-hidden style={{ position: 'sticky', left: 0, zIndex: 2, background: 'var(--mantine-color-body)' }}>
            {HOURS.map((h) => (
              <Text
                key={h}
                size="xs"
                c="dimmed"
                ta="right"
                pr={6}
                h={HOUR}
                style={{ transform: 'translateY(-0.6em)', whiteSpace: 'nowrap' }}
              >
                {h === 0 ? '' : hourLabel(h)}
              </Text>
            ))}
          </Box>
          {days.map((day) => (
            <Box
              key={day}
              role="listitem"
              aria-label={heading(day)}
              style={{
                position: 'relative',
                height: 24 * HOUR,
                borderLeft: line,
                backgroundColor: day === today ? 'var(--mantine-color-blue-light)' : undefined,
                backgroundImage: `repeating-linear-gradient(to bottom, transparent 0 ${HOUR - 1}px, var(--mantine-color-default-border) ${HOUR - 1}px ${HOUR}px)`,
              }}
            >
              {layoutDay(segments.get(day) ?? []).map((segment) => (
                <TimedEvent key={segment.interview.id} segment={segment} onOpen={onOpen} />
              ))}
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
