import { IconDevices, IconPalette, IconSettings, IconTags, IconUserCog } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';

/**
 * Settings (ADR 026): account (address, password, deletion), sessions, tags and appearance here; the notification and
 * outbox pages belong to their features and sit in the same layout (components/settings-layout.tsx).
 */
export const settingsFeature = defineFeature({
  name: 'settings',
  nav: [{ label: 'Settings', to: '/settings', icon: IconSettings, order: 90, group: 'account' }],
  palette: [
    {
      label: 'Account settings',
      to: '/settings/account',
      icon: IconUserCog,
      group: 'account',
      keywords: 'email address password delete',
    },
    { label: 'Sessions', to: '/settings/sessions', icon: IconDevices, group: 'account', keywords: 'devices sign out' },
    { label: 'Tags', to: '/settings/tags', icon: IconTags, group: 'account', keywords: 'labels rename colour color' },
    {
      label: 'Appearance',
      to: '/settings/appearance',
      icon: IconPalette,
      group: 'account',
      keywords: 'theme dark light colour color scheme',
    },
  ],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'settings',
        beforeLoad: () => {
          throw redirect({ to: '/settings/account' });
        },
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'settings/account',
        component: lazyRouteComponent(() => import('./routes/account-page'), 'AccountPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'settings/sessions',
        component: lazyRouteComponent(() => import('./routes/sessions-page'), 'SessionsPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'settings/tags',
        component: lazyRouteComponent(() => import('./routes/tags-page'), 'TagsPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'settings/appearance',
        component: lazyRouteComponent(() => import('./routes/appearance-page'), 'AppearancePage'),
      }),
    ],
  }),
});
