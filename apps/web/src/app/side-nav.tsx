import { Stack, Text } from '@mantine/core';
import { NavLinkLink } from '#components/links';
import type { NavGroup } from '#lib/feature';

/** The side navigation's groups (only those with entries), each a labelled list of links. */
export function SideNav({ groups, onNavigate }: { groups: readonly NavGroup[]; onNavigate: () => void }) {
  return (
    <Stack gap="md">
      {groups.map((group) => (
        // A named group of links, not of form fields: <fieldset> (biome's suggestion) is for forms.
        // biome-ignore lint/a11y/useSemanticElements: see above
        <div key={group.id} role="group" aria-labelledby={`nav-group-${group.id}`}>
          <Text id={`nav-group-${group.id}`} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4}>
            {group.label}
          </Text>
          {group.entries.map((entry) => (
            <NavLinkLink
              key={entry.to}
              to={entry.to}
              label={entry.label}
              leftSection={<entry.icon size={18} stroke={1.5} />}
              onClick={onNavigate}
              activeProps={{ active: true, 'aria-current': 'page' }}
              activeOptions={{ exact: entry.to === '/' }}
            />
          ))}
        </div>
      ))}
    </Stack>
  );
}
