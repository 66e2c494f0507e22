import type { User } from '@jobpilot/contracts';
import { ActionIcon, AppShell, Burger, Button, Container, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand, IconSearch } from '@tabler/icons-react';
import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { ColorSchemeMenuItems } from '#components/color-scheme-control';
import { AnchorLink } from '#components/links';
import { navigation, navigationGroups } from '#lib/feature';
import { UserMenu, VerifyEmailBanner } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { FEATURES } from './features';
import { openPalette, paletteState, preloadPalette, subscribePalette } from './palette-opener';
import { MAIN_ID } from './public-layout';
import { SideNav } from './side-nav';

const NAV_GROUPS = navigationGroups(FEATURES);
const ACCOUNT_NAV = navigation(FEATURES, 'account');

/** Spotlight and its CSS download the first time the palette is asked for (ADR 031). */
const CommandPalette = lazy(() =>
  preloadPalette()
    .then(() => import('./command-palette'))
    .then((m) => ({ default: m.CommandPalette })),
);
/** The search button's code: hovering or focusing it starts the palette's download. */
const searchButtonProps = { onClick: openPalette, onMouseEnter: preloadPalette, onFocus: preloadPalette };

/** Below this width the side navigation is a drawer behind the burger; from it on a column that can collapse. */
const NAV_BREAKPOINT = 'sm';

/**
 * A signed-in person's frame: header (brand, palette button, bell, user menu), the grouped side navigation
 * (remembered collapsed state on desktop, a drawer on phones), the command palette and a skip link to the page.
 * Its own chunk: the sign-in page never downloads it (ADR 038).
 */
export function SignedInLayout({ user }: { user: User }) {
  const [drawerOpened, drawer] = useDisclosure(false);
  const [collapsed, setCollapsed] = useLocalStorage({ key: 'jobpilot-nav-collapsed', defaultValue: false });
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  // A hidden navigation (closed drawer, collapsed column) is out of the tab order and the accessibility tree.
  const navHidden = phone ? !drawerOpened : collapsed;
  const paletteRequested = useSyncExternalStore(subscribePalette, () => paletteState().requested);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{
        width: 240,
        breakpoint: NAV_BREAKPOINT,
        collapsed: { mobile: !drawerOpened, desktop: collapsed },
      }}
      padding="md"
    >
      <Button component="a" href={`#${MAIN_ID}`} className="skip-link" size="sm">
        Skip to content
      </Button>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={drawerOpened}
              onClick={drawer.toggle}
              hiddenFrom={NAV_BREAKPOINT}
              size="sm"
              aria-label="Toggle navigation"
              aria-expanded={drawerOpened}
            />
            <Tooltip label={collapsed ? 'Show the navigation' : 'Hide the navigation'}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                visibleFrom={NAV_BREAKPOINT}
                onClick={() => setCollapsed((c) => !c)}
                aria-label={collapsed ? 'Show the navigation' : 'Hide the navigation'}
                aria-expanded={!collapsed}
              >
                {collapsed ? <IconLayoutSidebarLeftExpand size={20} /> : <IconLayoutSidebarLeftCollapse size={20} />}
              </ActionIcon>
            </Tooltip>
            <AnchorLink to="/" fw={700} size="lg" underline="never">
              JobPilot
            </AnchorLink>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button
              variant="default"
              size="sm"
              visibleFrom="sm"
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">Ctrl K</Kbd>}
              {...searchButtonProps}
            >
              Search
            </Button>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              hiddenFrom="sm"
              {...searchButtonProps}
              aria-label="Search"
            >
              <IconSearch size={20} />
            </ActionIcon>
            <NotificationBell />
            <UserMenu user={user} links={ACCOUNT_NAV} extra={<ColorSchemeMenuItems />} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        component="nav"
        aria-label="Main"
        style={navHidden ? { visibility: 'hidden' } : undefined}
      >
        <AppShell.Section grow>
          <SideNav groups={NAV_GROUPS} onNavigate={drawer.close} />
        </AppShell.Section>
        <AppShell.Section visibleFrom={NAV_BREAKPOINT}>
          <Text size="xs" c="dimmed" px="sm">
            Press <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">K</Kbd> to jump anywhere.
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      {paletteRequested && (
        <Suspense fallback={null}>
          <CommandPalette />
        </Suspense>
      )}
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Container size="xl" px={0}>
          {!user.emailVerified && <VerifyEmailBanner email={user.email} />}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
