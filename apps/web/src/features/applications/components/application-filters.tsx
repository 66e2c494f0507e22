import { APPLICATION_STATUSES, type ApplicationStatus } from '@jobpilot/contracts';
import { Chip, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { STATUS_LABELS } from '#lib/application-format';

const SEARCH_DELAY_MS = 300;

interface ApplicationFiltersProps {
  status: ApplicationStatus[];
  q: string;
  onStatusChange: (status: ApplicationStatus[]) => void;
  onSearch: (q: string) => void;
}

/** Status chips and a search box; typing searches once the person pauses. */
export function ApplicationFilters({ status, q, onStatusChange, onSearch }: ApplicationFiltersProps) {
  const [text, setText] = useState(q);
  const search = useDebouncedCallback((value: string) => onSearch(value.trim()), SEARCH_DELAY_MS);

  useEffect(() => {
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);

  return (
    <Stack gap="sm">
      <TextInput
        aria-label="Search applications"
        placeholder="Search company or position"
        leftSection={<IconSearch size={16} />}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        maw={420}
      />
      <Chip.Group
        multiple
        value={status}
        onChange={(values) => onStatusChange(APPLICATION_STATUSES.filter((s) => values.includes(s)))}
      >
        <Group gap={6} role="group" aria-label="Filter by status">
          {APPLICATION_STATUSES.map((value) => (
            <Chip key={value} value={value} size="sm">
              {STATUS_LABELS[value]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
