import type { Interview } from '@jobpilot/contracts';
import { Stack, Title } from '@mantine/core';
import { byDay } from './calendar-grid';
import { localDay } from './format';
import { InterviewCard } from './interview-card';

interface InterviewsListProps {
  interviews: Interview[];
  onEdit: (interview: Interview) => void;
  onDelete: (interview: Interview) => void;
}

/** Interviews grouped by day (in the browser’s zone), in the order given (upcoming soonest first, past newest first); finished ones are dimmed. */
export function InterviewsList({ interviews, onEdit, onDelete }: InterviewsListProps) {
  const now = Date.now();
  return (
    <Stack gap="lg">
      {[...byDay(interviews)].map(([day, items]) => (
        <Stack key={day} gap="xs" component="section" aria-label={localDay(items[0]?.scheduledAt ?? day)}>
          <Title order={2} size="h5" c="dimmed">
            {localDay(items[0]?.scheduledAt ?? day)}
          </Title>
          {items.map((interview) => (
            <InterviewCard
              key={interview.id}
              interview={interview}
              past={Date.parse(interview.scheduledAt) + interview.durationMinutes * 60_000 < now}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
