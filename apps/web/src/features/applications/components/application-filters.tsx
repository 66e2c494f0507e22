import { APPLICATION_STATUSES, type ApplicationStatus } from '@jobpilot/contracts';
import { Badge, Button, Chip, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { STATUS_LABELS } from '#lib/application-format';
import { type ApplicationsSearch, drawerFilterCount } from '../routes/search';
import { FiltersDrawer } from './filters-drawer';

const SEARCH_DELAY_MS = 300;

interface ApplicationFiltersProps {
  search: ApplicationsSearch;
  onChange: (changes: ApplicationsSearch) => void;
  /** Beside the Filters button (the saved views menu). */
  actions?: ReactNode;
}

/** The search box, a Filters button (with how many are set) opening the drawer, and the status chips. */
export function ApplicationFilters({ search, onChange, actions }: ApplicationFiltersProps) {
  const q = search.q ?? '';
  const status: ApplicationStatus[] = search.status ?? [];
  const [text, setText] = useState(q);
  const [drawer, { open, close }] = useDisclosure(false);
  const debounced = useDebouncedCallback((value: string) => onChange({ q: value.trim() }), SEARCH_DELAY_MS);
  const count = drawerFilterCount(search);

  useEffect(() => {
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <TextInput
          aria-label="Search applications"
          placeholder="Search company, position, location, notes…"
          leftSection={<IconSearch size={16} />}
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            debounced(event.currentTarget.value);
          }}
          style={{ flex: '1 1 240px' }}
          maw={420}
        />
        <Button
          variant={count > 0 ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          rightSection={
            count > 0 ? (
              <Badge size="xs" circle aria-label={`${count} set`}>
                {count}
              </Badge>
            ) : undefined
          }
          onClick={open}
        >
          Filters
        </Button>
        {actions}
      </Group>
      <Chip.Group
        multiple
        value={status}
        onChange={(values) => onChange({ status: APPLICATION_STATUSES.filter((s) => values.includes(s)) })}
      >
        <Group gap={6} role="group" aria-label="Filter by status">
          {APPLICATION_STATUSES.map((value) => (
            <Chip key={value} value={value} size="sm">
              {STATUS_LABELS[value]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <FiltersDrawer opened={drawer} onClose={close} search={search} onApply={onChange} />
    </Stack>
  );
}
