import { Box, Flex, ScrollArea, Stack, Title } from '@mantine/core';
import { useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { NavLinkLink } from './links';

/** The pages of Settings, in the order of its side list (features render their page inside `SettingsLayout`). */
export const SETTINGS_SECTIONS = [
  { label: 'Account', to: '/settings/account' },
  { label: 'Sessions', to: '/settings/sessions' },
  { label: 'Notifications', to: '/settings/notifications' },
  { label: 'Tags', to: '/settings/tags' },
  { label: 'Appearance', to: '/settings/appearance' },
  { label: 'Outbox', to: '/settings/outbox' },
] as const;

/**
 * Settings: a side list of its pages beside the page (above it on a phone, as a row that scrolls sideways).
 *
 * @example
 * <SettingsLayout title="Sessions">…</SettingsLayout>
 */
export function SettingsLayout({ title, children }: { title: string; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap={{ base: 'md', sm: 'xl' }} align="flex-start">
      <Box component="nav" aria-label="Settings" w={{ base: '100%', sm: 200 }} style={{ flexShrink: 0 }}>
        <Title order={2} size="h4" mb="xs">
          Settings
        </Title>
        <ScrollArea type="never" hiddenFrom="sm">
          <Flex gap={4} wrap="nowrap">
            {SETTINGS_SECTIONS.map((s) => (
              <NavLinkLink
                key={s.to}
                to={s.to}
                label={s.label}
                active={pathname === s.to}
                w="auto"
                style={{ whiteSpace: 'nowrap', borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </Flex>
        </ScrollArea>
        <Stack gap={2} visibleFrom="sm">
          {SETTINGS_SECTIONS.map((s) => (
            <NavLinkLink
              key={s.to}
              to={s.to}
              label={s.label}
              active={pathname === s.to}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </Stack>
      </Box>
      <Stack flex={1} miw={0} w="100%" maw={760}>
        <Title order={1}>{title}</Title>
        {children}
      </Stack>
    </Flex>
  );
}
