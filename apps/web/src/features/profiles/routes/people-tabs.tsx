import { Group } from '@mantine/core';
import { IconSearch, IconStar } from '@tabler/icons-react';
import { ButtonLink } from '#components/links';

/** Switches between finding people and the favourites list. */
export function PeopleTabs() {
  return (
    <Group gap={4} component="nav" aria-label="People">
      <ButtonLink
        to="/people"
        variant="subtle"
        size="compact-md"
        leftSection={<IconSearch size={16} />}
        activeOptions={{ exact: true }}
        activeProps={{ variant: 'light' }}
      >
        Find people
      </ButtonLink>
      <ButtonLink
        to="/favorites"
        variant="subtle"
        size="compact-md"
        leftSection={<IconStar size={16} />}
        activeProps={{ variant: 'light' }}
      >
        Favourites
      </ButtonLink>
    </Group>
  );
}
