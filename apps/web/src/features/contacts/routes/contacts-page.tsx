import type { Contact } from '@jobpilot/contracts';
import { Button, EmptyState, Group, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { QueryState } from '#components/query-state';
import { useContacts } from '../api/use-contacts';
import { ContactFormModal } from '../components/contact-form-modal';
import { ContactsTable } from '../components/contacts-table';
import { ExportMenu } from '../components/export-menu';
import { ImportWizard } from '../components/import-wizard';
import { useResumeContactForm } from '../components/use-resume-contact-form';
import { CONTACTS_PAGE_SIZE } from './search';

const route = getRouteApi('/authed/contacts');
const SEARCH_DELAY_MS = 300;

/** `/contacts` — the people of the job search: search, add, edit, import and export. */
export function ContactsPage() {
  useDocumentTitle('Contacts · JobPilot');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const q = search.q ?? '';
  const page = search.page ?? 1;
  const list = useContacts({ q, page, limit: CONTACTS_PAGE_SIZE });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  useResumeContactForm(setEditing);
  const [importing, setImporting] = useState(false);
  const [text, setText] = useState(q);
  const setQuery = useDebouncedCallback(
    (value: string) => navigate({ search: { q: value.trim() || undefined }, replace: true }),
    SEARCH_DELAY_MS,
  );
  useEffect(() => {
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);

  const pagination = list.data?.pagination;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Contacts</Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
            Import
          </Button>
          <ExportMenu q={q} />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Add contact
          </Button>
        </Group>
      </Group>
      <TextInput
        aria-label="Search contacts"
        placeholder="Search name, company or position"
        leftSection={<IconSearch size={16} />}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setQuery(event.currentTarget.value);
        }}
        maw={420}
      />
      <QueryState
        query={list}
        loadingLabel="Loading contacts"
        errorTitle="Could not load your contacts"
        isEmpty={(found) => found.data.length === 0}
        empty={
          q ? (
            <EmptyState title="No contacts match" description="Search looks at names, companies and positions.">
              <Button variant="default" onClick={() => navigate({ search: {} })}>
                Clear search
              </Button>
            </EmptyState>
          ) : (
            <EmptyState
              title="No contacts yet"
              description="Keep recruiters, hiring managers and referrers in one place — or import them from your phone."
            >
              <Group justify="center">
                <Button onClick={() => setEditing('new')}>Add your first contact</Button>
                <Button variant="default" onClick={() => setImporting(true)}>
                  Import a vCard or CSV
                </Button>
              </Group>
            </EmptyState>
          )
        }
      >
        {(found) => <ContactsTable contacts={found.data} onEdit={setEditing} />}
      </QueryState>
      {pagination && pagination.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {pagination.total === 1 ? '1 contact' : `${pagination.total} contacts`}
          </Text>
          {pagination.totalPages > 1 && (
            <Pagination
              value={page}
              total={pagination.totalPages}
              onChange={(next) => navigate({ search: (previous) => ({ ...previous, page: next }) })}
              aria-label="Pages"
            />
          )}
        </Group>
      )}
      <ContactFormModal target={editing} onClose={() => setEditing(null)} />
      <ImportWizard opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
