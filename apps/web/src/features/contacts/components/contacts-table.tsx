import type { Contact } from '@jobpilot/contracts';
import { Anchor, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useApplicationOptions } from '../api/use-application-options';
import { ContactActions } from './contact-actions';
import { LinkedUserBadge } from './linked-user-badge';

interface ContactsTableProps {
  contacts: Contact[];
  onEdit: (contact: Contact) => void;
}

const role = (c: Contact) => [c.position, c.company].filter(Boolean).join(' · ');

function NameCell({ contact }: { contact: Contact }) {
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {contact.name}
      </Text>
      {role(contact) && (
        <Text size="xs" c="dimmed" hiddenFrom="md" style={{ overflowWrap: 'anywhere' }}>
          {role(contact)}
        </Text>
      )}
      {contact.emails[0] && (
        <Anchor size="xs" href={`mailto:${contact.emails[0]}`} hiddenFrom="sm" style={{ overflowWrap: 'anywhere' }}>
          {contact.emails[0]}
        </Anchor>
      )}
      {contact.linkedUser && <LinkedUserBadge user={contact.linkedUser} />}
    </Stack>
  );
}

function ListCell({ values, href }: { values: string[]; href: (v: string) => string }) {
  return (
    <Stack gap={0}>
      {values.map((value) => (
        <Anchor key={value} size="sm" href={href(value)} style={{ overflowWrap: 'anywhere' }}>
          {value}
        </Anchor>
      ))}
    </Stack>
  );
}

/** The contacts list. Phones see the name with role, first address and badge; wider screens add columns. */
export function ContactsTable({ contacts, onEdit }: ContactsTableProps) {
  const applications = useApplicationOptions();
  const labels = new Map((applications.data ?? []).map((o) => [o.value, o.label]));
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label="Contacts" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th visibleFrom="md">Position</Table.Th>
          <Table.Th visibleFrom="md">Company</Table.Th>
          <Table.Th visibleFrom="sm">Email</Table.Th>
          <Table.Th visibleFrom="lg">Phone</Table.Th>
          <Table.Th visibleFrom="lg">Applications</Table.Th>
          <Table.Th w={48}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id}>
            <Table.Td>
              <NameCell contact={contact} />
            </Table.Td>
            <Table.Td visibleFrom="md" style={{ overflowWrap: 'anywhere' }}>
              {contact.position}
            </Table.Td>
            <Table.Td visibleFrom="md" style={{ overflowWrap: 'anywhere' }}>
              {contact.company}
            </Table.Td>
            <Table.Td visibleFrom="sm">
              <ListCell values={contact.emails} href={(e) => `mailto:${e}`} />
            </Table.Td>
            <Table.Td visibleFrom="lg">
              <ListCell values={contact.phones} href={(p) => `tel:${p.replace(/[^\d+]/g, '')}`} />
            </Table.Td>
            <Table.Td visibleFrom="lg">
              {contact.applicationIds.map((id) => (
                <Text key={id} size="sm">
                  {labels.get(id) ?? 'An application'}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <ContactActions contact={contact} onEdit={onEdit} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
