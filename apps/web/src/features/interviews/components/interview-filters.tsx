import { INTERVIEW_TYPES, type InterviewType } from '@jobpilot/contracts';
import { Button, Chip, Group, TextInput } from '@mantine/core';
import { TYPE_LABELS } from './format';

interface InterviewFiltersProps {
  types: InterviewType[];
  onTypesChange: (types: InterviewType[]) => void;
  /** The list's date range; absent in the calendar views, whose range is the month or week shown. */
  range?: { from: string; to: string; onChange: (range: { from?: string; to?: string }) => void } | undefined;
}

/** Type chips (none chosen = all types) and, for the list, a From–To date range. */
export function InterviewFilters({ types, onTypesChange, range }: InterviewFiltersProps) {
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Chip.Group multiple value={types} onChange={(v) => onTypesChange(v as InterviewType[])}>
        <Group gap={6} role="group" aria-label="Filter by type">
          {INTERVIEW_TYPES.map((type) => (
            <Chip key={type} value={type} size="sm">
              {TYPE_LABELS[type]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {range && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="From"
            type="date"
            size="xs"
            w={140}
            value={range.from}
            onChange={(e) => range.onChange({ from: e.currentTarget.value || undefined })}
          />
          <TextInput
            label="To"
            type="date"
            size="xs"
            w={140}
            value={range.to}
            onChange={(e) => range.onChange({ to: e.currentTarget.value || undefined })}
          />
          {(range.from || range.to) && (
            <Button variant="subtle" size="xs" onClick={() => range.onChange({ from: undefined, to: undefined })}>
              Clear dates
            </Button>
          )}
        </Group>
      )}
    </Group>
  );
}
