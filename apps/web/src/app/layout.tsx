import { AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { AnchorLink, ButtonLink, NavLinkLink } from '#components/links';
import { useMe } from '../features/auth/api/use-me';
import { UserMenu } from '../features/auth/components/user-menu';
import { VerifyEmailBanner } from '../features/auth/components/verify-email-banner';
import { NotificationBell } from '../features/notifications/components/notification-bell';

const SIGNED_IN_NAV = [
  { to: '/', label: 'Dashboard' },
  { to: '/applications', label: 'Applications' },
  { to: '/interviews', label: 'Interviews' },
  { to: '/tasks', label: 'Tasks' },
  { to: '/analytics', label: 'Analytics' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/people', label: 'People' },
  { to: '/profile', label: 'My profile' },
  { to: '/outbox', label: 'Outbox' },
] as const;
/** Signed out there is nothing to browse: the Outbox shows a user their own mail only. */
const SIGNED_OUT_NAV = [] as const;

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
              <UserMenu user={user} />
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
