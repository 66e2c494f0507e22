import type { User } from '@jobpilot/contracts';
import { Avatar, Button, Menu, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { NavEntry } from '#lib/feature';
import { notifyError, notifySuccess } from '#lib/notify';
import { useLogout } from '../api/use-logout';

interface UserMenuProps {
  user: User;
  links?: readonly NavEntry[] | undefined;
  /** Menu items shown above Sign out under "Appearance", e.g. the light/dark/system radio items. */
  extra?: ReactNode;
}

/** Header menu with the signed-in user's name, the account pages (`links`), `extra` and the Sign out action. */
export function UserMenu({ user, links = [], extra }: UserMenuProps) {
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        notifySuccess('You are signed out.');
        void navigate({ to: '/login' });
      },
      onError: (error) => notifyError(error, 'Could not sign out'),
    });

  return (
    // No initial-focus placeholder: it is a focusable role=presentation child of role=menu, which axe reports
    // (aria-required-children); Mantine then focuses the dropdown itself and the arrow keys reach the items.
    <Menu position="bottom-end" width={220} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        {/* The label starts with the visible text (the name, from sm up) and says what opens; the avatar shows
            no initials, which would be visible text missing from the label (axe label-content-name-mismatch). */}
        <Button variant="subtle" color="gray" px="xs" aria-label={`${user.name}, account menu`}>
          <Avatar size="sm" radius="xl" color="blue" aria-hidden />
          <Text size="sm" ml="xs" visibleFrom="sm">
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        {links.map((link) => (
          <Menu.Item key={link.to} component={Link} to={link.to} leftSection={<link.icon size={16} />}>
            {link.label}
          </Menu.Item>
        ))}
        {extra && (
          <>
            <Menu.Divider />
            <Menu.Label>Appearance</Menu.Label>
            {extra}
            <Menu.Divider />
          </>
        )}
        <Menu.Item onClick={signOut} disabled={logout.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
