import type { Interview } from '@jobpilot/contracts';
import { Text, UnstyledButton } from '@mantine/core';
import { interviewTitle, localTime, TYPE_COLORS } from './format';

/** An interview inside a calendar cell: its local start time and company; opens it for editing. */
export function CalendarEvent({ interview, onOpen }: { interview: Interview; onOpen: (i: Interview) => void }) {
  const color = `var(--mantine-color-${TYPE_COLORS[interview.type]}-light)`;
  return (
    <UnstyledButton
      onClick={() => onOpen(interview)}
      aria-label={`${localTime(interview.scheduledAt)} ${interviewTitle(interview)}`}
      px={6}
      py={2}
      w="100%"
      style={{
        background: color,
        borderLeft: `3px solid var(--mantine-color-${TYPE_COLORS[interview.type]}-filled)`,
        borderRadius: 4,
      }}
    >
      <Text size="xs" truncate="end">
        <b>{localTime(interview.scheduledAt)}</b> {interview.company}
      </Text>
    </UnstyledButton>
  );
}
