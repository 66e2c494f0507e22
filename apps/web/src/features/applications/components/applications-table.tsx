import type { Application } from '@jobpilot/contracts';
import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { formatDate, formatSalary } from '#lib/application-format';
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
      <Text size="sm" fw={600}>
        {application.jobUrl ? (
          <Anchor href={application.jobUrl} target="_blank" rel="noreferrer" inherit>
            {application.company}
          </Anchor>
        ) : (
          application.company
        )}
      </Text>
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
        {applications.map((application) => (
          <Table.Tr key={application.id}>
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
