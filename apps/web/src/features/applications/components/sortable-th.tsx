import type { ApplicationSortField } from '@jobpilot/contracts';
import { Group, Table, type TableThProps, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';

interface SortableThProps extends Omit<TableThProps, 'onClick'> {
  field: ApplicationSortField;
  label: string;
  /** Current sort, e.g. `company` or `-updatedAt`. */
  sort: string;
  onSort: (sort: string) => void;
}

/** Column header that sorts by its field; clicking again flips the direction. */
export function SortableTh({ field, label, sort, onSort, ...thProps }: SortableThProps) {
  const active = sort.replace(/^-/, '') === field;
  const descending = active && sort.startsWith('-');
  const Icon = active ? (descending ? IconChevronDown : IconChevronUp) : IconSelector;
  const next = active && !descending ? `-${field}` : field;

  return (
    <Table.Th {...thProps} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(next)} aria-label={`Sort by ${label}`}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Icon size={14} stroke={1.5} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
