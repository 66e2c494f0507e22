import type { User } from '@jobpilot/contracts';
import { Avatar, Button, Menu, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { NavEntry } from '#lib/feature';
import { notifyError, notifySuccess } from '#lib/notify';
import { useLogout } from '../api/use-logout';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase());
  return letters.join('') || '?';
}

/** Header menu with the signed-in user's name, the account pages (`links`) and the Sign out action. */
export function UserMenu({ user, links = [] }: { user: User; links?: readonly NavEntry[] }) {
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
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button variant="subtle" color="gray" px="xs" aria-label="Account menu">
          <Avatar size="sm" radius="xl" color="blue">
            {initials(user.name)}
          </Avatar>
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
        <Menu.Item onClick={signOut} disabled={logout.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
