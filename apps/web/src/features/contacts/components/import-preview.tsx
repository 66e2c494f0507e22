import type { ImportEntry, ImportResult } from '@jobpilot/contracts';
import { Badge, Group, List, Table, Text } from '@mantine/core';

const SHOWN = 200;

const STATUS = {
  new: { label: 'New', color: 'blue' },
  created: { label: 'Imported', color: 'teal' },
  duplicate: { label: 'Duplicate', color: 'yellow' },
  invalid: { label: 'Cannot import', color: 'red' },
} as const;

function Notes({ entry }: { entry: ImportEntry }) {
  const notes = [
    ...(entry.error ? [entry.error] : []),
    ...(entry.duplicateOf
      ? [
          entry.duplicateOf.id
            ? `Already in your contacts as ${entry.duplicateOf.name}`
            : 'Appears earlier in this file',
        ]
      : []),
    ...entry.warnings,
  ];
  if (notes.length === 0) return null;
  return (
    <List size="xs" c="dimmed" mt={4}>
      {notes.map((note) => (
        <List.Item key={note} style={{ overflowWrap: 'anywhere' }}>
          {note}
        </List.Item>
      ))}
    </List>
  );
}

/** The counts of an import and one row per card or CSV row, with what will happen to it and why. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { counts } = result;
  return (
    <>
      <Group gap="xs" aria-label="Import summary">
        {result.committed ? (
          <Badge color="teal" variant="light" size="lg" tt="none">{`${counts.created} imported`}</Badge>
        ) : (
          <Badge color="blue" variant="light" size="lg" tt="none">{`${counts.new} new`}</Badge>
        )}
        {counts.duplicate > 0 && (
          <Badge color="yellow" variant="light" size="lg" tt="none">{`${counts.duplicate} already saved`}</Badge>
        )}
        {counts.invalid > 0 && (
          <Badge color="red" variant="light" size="lg" tt="none">{`${counts.invalid} cannot be imported`}</Badge>
        )}
      </Group>
      <Table aria-label="Contacts in the file" verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Contact</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.entries.slice(0, SHOWN).map((entry) => (
            <Table.Tr key={entry.index}>
              <Table.Td>{entry.index}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {entry.contact.name || '(no name)'}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {[entry.contact.company, ...entry.contact.emails].filter(Boolean).join(' · ')}
                </Text>
                <Notes entry={entry} />
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS[entry.status].color} variant="light" tt="none">
                  {STATUS[entry.status].label}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result.entries.length > SHOWN && (
        <Text size="sm" c="dimmed">
          …and {result.entries.length - SHOWN} more.
        </Text>
      )}
    </>
  );
}
