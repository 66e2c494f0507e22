import { AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { AnchorLink, ButtonLink, NavLinkLink } from '#components/links';
import { type NavEntry, navigation } from '#lib/feature';
import { UserMenu, useMe, VerifyEmailBanner } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { FEATURES } from './features';

const SIGNED_IN_NAV = navigation(FEATURES, 'main');
const ACCOUNT_NAV = navigation(FEATURES, 'account');
/** Signed out there is nothing to browse: the Outbox shows a user their own mail only. */
const SIGNED_OUT_NAV: NavEntry[] = [];

/** Nine links fit from this width on; narrower screens (phones, tablets, small laptops) get the burger menu. */
const NAV_BREAKPOINT = 'lg';

/** Header with brand, navigation (a burger menu below NAV_BREAKPOINT) and the account menu, around every page. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const user = useMe().data ?? null;
  const items = user ? SIGNED_IN_NAV : SIGNED_OUT_NAV;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: NAV_BREAKPOINT, collapsed: { mobile: !navOpened, desktop: true } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {items.length > 0 && (
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom={NAV_BREAKPOINT}
                size="sm"
                aria-label="Toggle navigation"
              />
            )}
            <AnchorLink to="/" fw={700} size="lg" underline="never" c="blue.7">
              JobPilot
            </AnchorLink>
            <Group component="nav" aria-label="Main" gap={4} ml="md" visibleFrom={NAV_BREAKPOINT}>
              {items.map((item) => (
                <ButtonLink
                  key={item.to}
                  to={item.to}
                  variant="subtle"
                  activeProps={{ variant: 'light' }}
                  activeOptions={{ exact: item.to === '/' }}
                >
                  {item.label}
                </ButtonLink>
              ))}
            </Group>
          </Group>
          {user ? (
            <Group gap={4} wrap="nowrap">
              <NotificationBell />
              <UserMenu user={user} links={ACCOUNT_NAV} />
            </Group>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <ButtonLink to="/login" variant="subtle">
                Sign in
              </ButtonLink>
              <ButtonLink to="/register" visibleFrom="xs">
                Register
              </ButtonLink>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      {navOpened && (
        <AppShell.Navbar p="sm" component="nav" aria-label="Main menu" hiddenFrom={NAV_BREAKPOINT}>
          {items.map((item) => (
            <NavLinkLink
              key={item.to}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.5} />}
              onClick={nav.close}
              activeProps={{ active: true }}
              activeOptions={{ exact: item.to === '/' }}
            />
          ))}
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Container size="xl" px={0}>
          {user && !user.emailVerified && <VerifyEmailBanner email={user.email} />}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
