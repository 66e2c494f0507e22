import { EmptyState, Group, Pagination, SimpleGrid, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconStar } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { ButtonLink } from '#components/links';
import { QueryState } from '#components/query-state';
import { useFavorites } from '../api/use-favorites';
import { PersonCard } from '../components/person-card';
import { PeopleTabs } from './people-tabs';

const route = getRouteApi('/authed/favorites');

/** The profiles the person starred, newest first. */
export function FavoritesPage() {
  useDocumentTitle('Favourites · JobPilot');
  const page = route.useSearch().page ?? 1;
  const navigate = route.useNavigate();
  const favorites = useFavorites(page);
  const pagination = favorites.data?.pagination;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Favourites</Title>
        <PeopleTabs />
      </Group>
      <QueryState
        query={favorites}
        loadingLabel="Loading favourites"
        errorTitle="Could not load your favourites"
        isEmpty={(list) => list.data.length === 0}
        empty={
          <EmptyState
            icon={<IconStar size={32} />}
            title="No favourites yet"
            description="Star people on their profile or in a search to keep them here."
          >
            <ButtonLink to="/people" variant="light">
              Find people
            </ButtonLink>
          </EmptyState>
        }
      >
        {(list) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" aria-label="Favourite people">
            {list.data.map((person) => (
              <PersonCard key={person.id} person={person} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      {pagination && pagination.totalPages > 1 && (
        <Pagination
          value={page}
          total={pagination.totalPages}
          onChange={(next) => navigate({ search: { page: next } })}
          aria-label="Pages"
        />
      )}
    </Stack>
  );
}
