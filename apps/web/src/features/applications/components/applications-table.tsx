import type { Application } from '@jobpilot/contracts';
import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { KeyboardEvent, MouseEvent } from 'react';
import { AnchorLink } from '#components/links';
import { formatDate, formatSalary } from '#lib/application-format';
import { usePendingDeletes } from '../api/pending-deletes';
import { type RowActionHandlers, RowActions } from './row-actions';
import { SortableTh } from './sortable-th';
import { StatusSelect } from './status-select';
import { TagBadges } from './tag-badges';

interface ApplicationsTableProps extends RowActionHandlers {
  applications: Application[];
  sort: string;
  onSort: (sort: string) => void;
}

function CompanyCell({ application }: { application: Application }) {
  return (
    <>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" fw={600}>
          <AnchorLink to="/applications/$applicationId" params={{ applicationId: application.id }} inherit>
            {application.company}
          </AnchorLink>
        </Text>
        {application.jobUrl && (
          <Anchor
            href={application.jobUrl}
            target="_blank"
            rel="noreferrer"
            c="dimmed"
            aria-label={`Job posting at ${application.company}`}
            display="inline-flex"
          >
            <IconExternalLink size={14} aria-hidden />
          </Anchor>
        )}
      </Group>
      <Text size="xs" c="dimmed" hiddenFrom="sm">
        {application.position}
      </Text>
      <TagBadges tags={application.tags} />
    </>
  );
}

/**
 * The applications list. Narrow screens keep Company (with the position under it), Status and actions;
 * wider ones add the other columns.
 */
export function ApplicationsTable({ applications, sort, onSort, ...handlers }: ApplicationsTableProps) {
  const sortProps = { sort, onSort };
  const navigate = useNavigate();
  const pendingDeletes = usePendingDeletes();
  // A click on the row opens the application (ADR 024), unless it was on the row's own controls.
  const open = (id: string) => void navigate({ to: '/applications/$applicationId', params: { applicationId: id } });
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea, [role="menu"]')) return;
    open(id);
  };
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) open(id);
  };
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label="Applications">
      <Table.Thead>
        <Table.Tr>
          <SortableTh field="company" label="Company" {...sortProps} />
          <SortableTh field="position" label="Position" visibleFrom="sm" {...sortProps} />
          <Table.Th visibleFrom="lg">Location</Table.Th>
          <SortableTh field="salary" label="Salary" visibleFrom="md" {...sortProps} />
          <SortableTh field="status" label="Status" {...sortProps} />
          <SortableTh field="appliedAt" label="Applied" visibleFrom="md" {...sortProps} />
          <SortableTh field="updatedAt" label="Updated" visibleFrom="lg" {...sortProps} />
          <Table.Th w={48}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {applications
          .filter((application) => !pendingDeletes.has(application.id))
          .map((application) => (
            <Table.Tr
              key={application.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={(event) => onRowClick(event, application.id)}
              onKeyDown={(event) => onRowKey(event, application.id)}
            >
              <Table.Td>
                <CompanyCell application={application} />
              </Table.Td>
              <Table.Td visibleFrom="sm">{application.position}</Table.Td>
              <Table.Td visibleFrom="lg">{application.location}</Table.Td>
              <Table.Td visibleFrom="md">{formatSalary(application)}</Table.Td>
              <Table.Td>
                <StatusSelect application={application} />
              </Table.Td>
              <Table.Td visibleFrom="md">{formatDate(application.appliedAt)}</Table.Td>
              <Table.Td visibleFrom="lg">{formatDate(application.updatedAt)}</Table.Td>
              <Table.Td>
                <RowActions application={application} {...handlers} />
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
