import { EmptyState, Group, Pagination, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { QueryState } from '#components/query-state';
import { usePeople } from '../api/use-people';
import { PersonCard } from '../components/person-card';
import { PeopleTabs } from './people-tabs';

const route = getRouteApi('/authed/people');
const SEARCH_DELAY_MS = 300;

/** Find other JobPilot users by name (typos forgiven) and star the ones to keep an eye on. */
export function PeoplePage() {
  useDocumentTitle('People · JobPilot');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const q = search.q ?? '';
  const page = search.page ?? 1;
  const people = usePeople(q, page);
  const [text, setText] = useState(q);
  const setQuery = useDebouncedCallback(
    (value: string) => navigate({ search: { q: value.trim() || undefined }, replace: true }),
    SEARCH_DELAY_MS,
  );
  useEffect(() => {
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);

  const pagination = people.data?.pagination;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>People</Title>
        <PeopleTabs />
      </Group>
      <TextInput
        aria-label="Search people by name"
        placeholder="Search by name — typos are fine"
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
        query={people}
        loadingLabel="Loading people"
        errorTitle="Could not search people"
        isEmpty={(list) => list.data.length === 0}
        empty={
          <EmptyState
            title={q ? `Nobody called “${q}”` : 'No one here yet'}
            description={q ? 'Check the spelling or try part of the name.' : 'People appear here once they register.'}
          />
        }
      >
        {(list) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" aria-label="People found">
            {list.data.map((person) => (
              <PersonCard key={person.id} person={person} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      {pagination && pagination.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {pagination.total === 1 ? '1 person' : `${pagination.total} people`}
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
    </Stack>
  );
}
