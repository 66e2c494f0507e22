import { type CsvImportPreviewRow, type CsvImportRowError, TRANSFER_STATUS_LABELS } from '@jobpilot/contracts';
import { Badge, List, ScrollArea, Table, Text } from '@mantine/core';
import { fieldLabel } from './labels';

const amount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function salaryOf(v: CsvImportPreviewRow['values']): string {
  if (v.salaryMin == null && v.salaryMax == null) return '';
  const range =
    v.salaryMin != null && v.salaryMax != null && v.salaryMin !== v.salaryMax
      ? `${amount.format(v.salaryMin)}–${amount.format(v.salaryMax)}`
      : amount.format(v.salaryMin ?? v.salaryMax ?? 0);
  return [v.salaryCurrency, range, v.salaryPeriod ? `/ ${v.salaryPeriod}` : ''].filter(Boolean).join(' ');
}

/** "Company: Enter the company" (or just the message for a row-wide problem). */
export function problemText(error: CsvImportRowError): string {
  const where = error.column ?? (error.field ? fieldLabel(error.field) : null);
  return where ? `${where}: ${error.message}` : error.message;
}

/** The rows as they will be imported; rows with problems are tinted red and say what is wrong. */
export function PreviewTable({ rows }: { rows: CsvImportPreviewRow[] }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder fz="sm" miw={980} aria-label="Import preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>Row</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Position</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Applied</Table.Th>
            <Table.Th>Salary</Table.Th>
            <Table.Th miw={180}>Notes</Table.Th>
            <Table.Th miw={260}>Problems</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const bad = r.errors.length > 0;
            return (
              <Table.Tr
                key={r.row}
                bg={bad ? 'var(--mantine-color-red-light)' : undefined}
                data-invalid={bad || undefined}
              >
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>{r.values.company}</Table.Td>
                <Table.Td>{r.values.position}</Table.Td>
                <Table.Td>{r.values.status ? TRANSFER_STATUS_LABELS[r.values.status] : ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.values.appliedAt}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{salaryOf(r.values)}</Table.Td>
                <Table.Td maw={220}>
                  <Text size="xs" lineClamp={2}>
                    {r.values.notes}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {bad && (
                    <List size="xs" c="var(--mantine-color-error)" spacing={2}>
                      {r.errors.map((e) => (
                        <List.Item key={`${e.field}-${e.message}`}>{problemText(e)}</List.Item>
                      ))}
                    </List>
                  )}
                  {!bad && r.duplicate && (
                    <Badge color="gray" variant="light" size="sm">
                      Already in JobPilot
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
